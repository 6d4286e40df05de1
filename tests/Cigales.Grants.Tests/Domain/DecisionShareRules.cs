using Cigales.Grants.Domain;
using Cigales.SharedKernel;
using static Cigales.Grants.Tests.Domain.ConventionStates;

namespace Cigales.Grants.Tests.Domain;

/// <summary>A decision split between beneficiaries: each one's share of it, as SCDL's pourcentageSubvention gives it.</summary>
public sealed class DecisionShareRules
{
    private static Decision<ConventionEvent> Draft(ConventionTerms terms, params string[] unknown) =>
        ConventionRules.Draft(ConventionState.Initial, "c", terms, Facts with { UnknownSharers = unknown }, DraftedAt);

    [Fact]
    public void ASoleBeneficiaryHasTheWholeDecision() =>
        Assert.Equal([new BeneficiaryShare("cigales-hdf", 1m)], Terms2025.SharesOfTheDecision());

    [Fact]
    public void SharesAddingUpToOneAreTaken()
    {
        var terms = Terms2025 with { Shares = [new("cigales-hdf", 0.8m), new("other", 0.2m)] };

        Assert.Null(Draft(terms).Refusal);
    }

    [Fact]
    public void EveryProblemOfTheSharesIsNamed()
    {
        var terms = Terms2025 with { Shares = [new("other", 0.995m), new("other", 0.005m), new("ghost", 0.2m)] };

        Assert.Equal(
            [
                ("terms.shares[1].share", "convention.share_range"), ("terms.shares[2].organisation_id", "organisation.exists"),
                ("terms.shares", "convention.shares_distinct"), ("terms.shares", "convention.share_beneficiary"), ("terms.shares", "convention.shares_total"),
            ],
            Draft(terms, "ghost").Refusals.Select(refusal => (refusal.Field, refusal.Rule)));
    }
}
