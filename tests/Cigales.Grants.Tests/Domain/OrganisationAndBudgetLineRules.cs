using Cigales.Grants.Domain;
using Cigales.SharedKernel;
using CsCheck;
using static Cigales.Grants.Tests.TheConvention2025;

namespace Cigales.Grants.Tests.Domain;

public sealed class OrganisationAndBudgetLineRules
{
    private static readonly DateTimeOffset Now = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheDepartmentIsRegisteredByItsSiret()
    {
        var decision = OrganisationRules.Register(OrganisationState.Initial, "dept-62", Funder, Now);

        Assert.Equal(FunderSiret, Assert.IsType<OrganisationRegistered>(Assert.Single(decision.Events)).Details.Siret);
    }

    [Fact]
    public void AnAssociationMayBeIdentifiedByItsRnaNumberAlone()
    {
        var decision = OrganisationRules.Register(OrganisationState.Initial, "o", new RegisterOrganisation("Cigale des Deux Caps", "", "", "w623000123"), Now);

        Assert.Equal("W623000123", Assert.IsType<OrganisationRegistered>(Assert.Single(decision.Events)).Details.Rna);
    }

    [Fact]
    public void AnOrganisationWithoutNameNorIdentifierIsRefusedWithBothProblems()
    {
        var decision = OrganisationRules.Register(OrganisationState.Initial, "o", new RegisterOrganisation(" ", "", "", ""), Now);

        Assert.Equal([("name", "organisation.name_required"), ("siret", "organisation.identified")], decision.Refusals.Select(r => (r.Field, r.Rule)));
    }

    [Theory]
    [InlineData("22620001200013", "", "siret", "siret.valid")]
    [InlineData("", "W12345678", "rna", "rna.valid")]
    public void ABadIdentifierIsRefusedNamingIt(string siret, string rna, string field, string rule)
    {
        var decision = OrganisationRules.Register(OrganisationState.Initial, "o", new RegisterOrganisation("X", "", siret, rna), Now);

        Assert.Equal((field, rule), (decision.Refusal!.Field, decision.Refusal.Rule));
    }

    private static BudgetLineState Opened() =>
        BudgetLineState.Initial.Apply(Assert.Single(BudgetLineRules.Open(BudgetLineState.Initial, "line", BudgetLine("dept-62"), funderExists: true).Events));

    [Fact]
    public void TheGrantChargedLeaves90100EurosOfTheMissionEssLine()
    {
        var line = Opened();
        var charged = line.Apply(Assert.Single(BudgetLineRules.Charge(line, new BudgetCharge("grant:c", "c", Grant)).Events));

        Assert.Equal(Money.FromEuros(90_100), charged.Available);
    }

    [Fact]
    public void AChargeBeyondWhatIsLeftIsRefusedSayingWhatIsLeft()
    {
        var decision = BudgetLineRules.Charge(Opened(), new BudgetCharge("grant:c", "c", Credits + Money.FromCents(1)));

        Assert.Equal(("budget_line_id", "budget_line.available"), (decision.Refusal!.Field, decision.Refusal.Rule));
        Assert.Contains("100 000,00 € left", decision.Refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhateverTheChargesAndReleasesTheLineNeverGoesBelowZero()
    {
        var moves = Gen.Select(Gen.Bool, Gen.Long[1, 3_000_000], Gen.Int[0, 5]).Array[0, 40];
        moves.Sample(sequence =>
        {
            var line = Opened();
            foreach (var (charge, cents, convention) in sequence)
            {
                var move = new BudgetCharge(Guid.NewGuid().ToString(), $"c{convention}", Money.FromCents(cents));
                var decision = charge ? BudgetLineRules.Charge(line, move) : BudgetLineRules.Release(line, move);
                line = decision.Events.Aggregate(line, (state, @event) => state.Apply(@event));
                if (line.Available.IsNegative || line.Available > Credits)
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Fact]
    public void AChargeRetriedWithItsKeyIsChargedOnce()
    {
        var line = Opened();
        var charge = new BudgetCharge("grant:c", "c", Grant);
        var charged = line.Apply(Assert.Single(BudgetLineRules.Charge(line, charge).Events));

        Assert.Empty(BudgetLineRules.Charge(charged, charge).Events);
        Assert.Equal("budget_line.key_reused", BudgetLineRules.Charge(charged, charge with { Amount = Money.FromCents(1) }).Refusal!.Rule);
    }
}
