using Cigales.Testing;
using Cigales.Web.Api;

namespace Cigales.Web.Tests.Api;

/// <summary>
/// Every rule the API may name has its sentence in French: a rule added to a service or to the
/// contract without one breaks these tests, naming it and where it is.
/// </summary>
public sealed class EveryRuleHasAFrenchSentence
{
    private static readonly RulesInSource Services = RulesInSource.Read(RepositoryRoot.Path);

    [Fact]
    public void EveryRuleTheServicesNameHasASentence()
    {
        var missing = Services.Rules.Keys.Except(RefusalTexts.Rules, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(rule => $"{rule} (named at {string.Join(", ", Services.Rules[rule].Take(3))})")
            .ToList();

        Assert.True(missing.Count == 0, $"Rules without a French sentence in RefusalTexts.cs:\n{string.Join("\n", missing)}");
    }

    [Fact]
    public void EveryRuleOfTheContractHasASentence()
    {
        var contract = RulesOfTheContract.Read();
        var missing = contract.Keys.Except(RefusalTexts.Rules, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(rule => $"{rule} (on {string.Join(", ", contract[rule].Take(3))})")
            .ToList();

        Assert.True(missing.Count == 0, $"Contract rules without a French sentence in RefusalTexts.cs:\n{string.Join("\n", missing)}");
    }

    [Fact]
    public void EveryPlaceARuleIsNamedIsRead()
    {
        // A rule named in a way the reading does not know would be skipped silently: it is listed instead.
        Assert.True(Services.Unreadable.Count == 0, $"Rules the test could not read:\n{string.Join("\n", Services.Unreadable)}");
    }

    [Fact]
    public void NoSentenceIsLeftForARuleNoLongerNamed()
    {
        var named = Services.Rules.Keys.Concat(RulesOfTheContract.Read().Keys).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(RefusalTexts.Rules.Where(rule => !named.Contains(rule)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheReadingFindsRulesWhereverTheyAreNamed()
    {
        // A literal in a refusal; a rule through a local helper (Check); a rule built from a
        // helper's parameter ($"{kind}.exists"); a constant (PrintableText.Rule); an inconsistency;
        // protovalidate's rule for an empty UUID, and a CEL rule of the contract.
        Assert.Contains("club.full", Services.Rules.Keys);
        Assert.Contains("convention.file_number_required", Services.Rules.Keys);
        Assert.Contains("event.exists", Services.Rules.Keys);
        Assert.Contains("project_holder.town_required", Services.Rules.Keys);
        Assert.Contains("text.printable", Services.Rules.Keys);
        Assert.Contains("report.text_figure", Services.Rules.Keys);
        Assert.Contains("auth.scope", Services.Rules.Keys);
        var contract = RulesOfTheContract.Read();
        Assert.Contains("string.uuid_empty", contract.Keys);
        Assert.Contains("int32.gte_lte", contract.Keys);
        Assert.Contains("date_range.end_not_before_start", contract.Keys);
    }

    [Fact]
    public void EachSentenceIsFrenchForAPerson()
    {
        // A sentence, not a log line: it starts with a capital, ends with a stop, and names no rule id.
        var odd = RefusalTexts.Rules
            .Select(rule => (Rule: rule, Text: RefusalTexts.For(rule, Grpc.Core.StatusCode.Unknown)))
            .Where(entry => !char.IsUpper(entry.Text[0]) || !entry.Text.EndsWith('.') || entry.Text.Contains(entry.Rule, StringComparison.Ordinal) || entry.Text.Contains('_'))
            .Select(entry => $"{entry.Rule}: {entry.Text}");

        Assert.Empty(odd);
    }
}
