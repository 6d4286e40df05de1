using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.ServiceKit.Grpc;

namespace Cigales.ServiceKit.Tests;

public sealed class PrintableTexts
{
    [Theory]
    [InlineData("Ch'ti\u0000Karité")]
    [InlineData("\u001b[31mrouge")]
    [InlineData("cloche\u0007")]
    [InlineData("effacé\u007f")]
    public void AControlCharacterInAnyTextIsRefusedNamingTheField(string name)
    {
        var refusal = Assert.Single(PrintableText.Check(new RegisterClubRequest { Name = name, Department = "62" }));

        Assert.Equal(("name", "text.printable"), (refusal.Field, refusal.Rule));
    }

    [Fact]
    public void NestedAndRepeatedTextsAreCheckedWithTheirPath()
    {
        var terms = new ConventionTerms { ProvisionalBudget = new Budget() };
        terms.ProvisionalBudget.Charges.Add(new BudgetItem { Label = "Déplacements", Amount = new Money { Cents = 1 } });
        terms.ProvisionalBudget.Charges.Add(new BudgetItem { Label = "Réception\u0000", Amount = new Money { Cents = 1 } });

        var refusal = Assert.Single(PrintableText.Check(new DraftConventionRequest { Terms = terms }));

        Assert.Equal("terms.provisional_budget.charges[1].label", refusal.Field);
    }

    [Fact]
    public void LineBreaksAndTabsAreText() =>
        Assert.Empty(PrintableText.Check(new RegisterClubRequest { Name = "Les Abeilles\r\n\tde Lens", Department = "62" }));
}
