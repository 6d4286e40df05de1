using Cigales.SharedKernel;

namespace Cigales.ServiceKit.Tests;

/// <summary>An id that names nothing is refused in the same words whichever service finds it.</summary>
public sealed class UnknownIds
{
    [Fact]
    public void AnUnknownIdIsNotFoundNamingItsKindTheFieldAndTheId()
    {
        Assert.Equal(new Refusal(RefusalKind.NotFound, "referring_club_id", "club.exists", "no club has the id 'canche'"), Unknown.Club("canche", "referring_club_id"));
        Assert.Equal(new Refusal(RefusalKind.NotFound, "budget_line_id", "budget_line.exists", "no budget line has the id 'l'"), Unknown.BudgetLine("l"));
    }

    [Fact]
    public void TheRecordsOwnIdIsThisId() =>
        Assert.Equal(new Refusal(RefusalKind.NotFound, "project_holder_id", "project_holder.exists", "no project holder has this id"), Unknown.ProjectHolder());
}
