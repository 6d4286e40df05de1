using Cigales.Finance.Domain;
using Cigales.SharedKernel;

namespace Cigales.Finance.Tests.Domain;

public sealed class EnterpriseAndStakeRules
{
    private static readonly DateTimeOffset Now = new(2024, 3, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2024, 3, 4);

    // Plan BEEE, an SARL with a capital of 10 000 €.
    private static readonly RegisterEnterprise PlanBeee = new(
        "Plan BEEE", "", "", LegalForm.Sarl, "Éco-pâturage", "Febvin-Palfart", "62325", "62", "", EnterpriseStage.Creation, Money.FromEuros(10_000), "");

    private static EnterpriseState Registered(RegisterEnterprise details) =>
        EnterpriseState.Initial.Apply(Assert.Single(EnterpriseRules.Register(EnterpriseState.Initial, "e", details, true, Now).Events));

    private static EnterpriseState Allocated(EnterpriseState state, string investment, string club, Money amount, Instrument instrument = Instrument.EquityShares, bool held = false)
    {
        var decision = EnterpriseRules.Allocate(state, new AllocateStake(investment, club, instrument, amount, Day));
        Assert.Null(decision.Refusal);
        state = decision.Events.Aggregate(state, (current, @event) => current.Apply(@event));
        return held ? state.Apply(Assert.Single(EnterpriseRules.Confirm(state, investment, Day).Events)) : state;
    }

    private static Refusal? Allocate(EnterpriseState state, string club, Money amount, Instrument instrument = Instrument.EquityShares) =>
        EnterpriseRules.Allocate(state, new AllocateStake(Guid.NewGuid().ToString(), club, instrument, amount, Day)).Refusal;

    [Theory]
    [InlineData(LegalForm.Association, "9220")]
    [InlineData(LegalForm.Sas, "5710")]
    [InlineData(LegalForm.Sarl, "5499")]
    [InlineData(LegalForm.Scop, "5458")]
    [InlineData(LegalForm.SoleTrader, "1000")]
    [InlineData(LegalForm.Couveuse, "")]
    public void EachLegalFormHasItsInseeCategoryWhereOneExists(LegalForm form, string category) =>
        Assert.Equal(category, LegalCategories.Of(form));

    [Fact]
    public void ASiretThatFailsTheLuhnCheckIsRefusedNamingTheField()
    {
        var refusal = EnterpriseRules.Register(EnterpriseState.Initial, "e", PlanBeee with { Siret = "38035677400056" }, true, Now).Refusal;

        Assert.Equal(("siret", "siret.valid"), (refusal?.Field, refusal?.Rule));
    }

    [Theory]
    [InlineData("59350", "62")] // Lille is in the Nord
    [InlineData("2A004", "2B")] // Ajaccio is in Corse-du-Sud
    [InlineData("97411", "971")] // Saint-Denis is in La Réunion
    public void ACommuneOutsideTheDepartmentIsRefusedNamingTheDepartment(string commune, string department)
    {
        var refusal = EnterpriseRules.Register(EnterpriseState.Initial, "e", PlanBeee with { CommuneCode = commune, Department = department }, true, Now).Refusal;

        Assert.Equal(("department", "commune.department"), (refusal?.Field, refusal?.Rule));
    }

    [Theory]
    [InlineData("2A004", "2A")]
    [InlineData("97411", "974")]
    [InlineData("", "62")] // the commune is not known
    public void ACommuneInItsDepartmentIsTaken(string commune, string department) =>
        Assert.Null(EnterpriseRules.Register(EnterpriseState.Initial, "e", PlanBeee with { CommuneCode = commune, Department = department }, true, Now).Refusal);

    [Fact]
    public void OnlyAnAssociationHasAnRnaNumberAndNoShareCapital()
    {
        var association = PlanBeee with { LegalForm = LegalForm.Association, ShareCapital = null, Rna = "W623001234" };

        Assert.Null(EnterpriseRules.Register(EnterpriseState.Initial, "e", association, true, Now).Refusal);
        Assert.Equal("rna.association", EnterpriseRules.Register(EnterpriseState.Initial, "e", PlanBeee with { Rna = "W623001234" }, true, Now).Refusal?.Rule);
        Assert.Equal("rna.valid", EnterpriseRules.Register(EnterpriseState.Initial, "e", association with { Rna = "W62300123" }, true, Now).Refusal?.Rule);
        Assert.Equal("enterprise.no_capital", EnterpriseRules.Register(EnterpriseState.Initial, "e", association with { ShareCapital = Money.FromEuros(1) }, true, Now).Refusal?.Rule);
    }

    [Fact]
    public void AClubHoldsAtMostAQuarterOfAnSarl()
    {
        var state = Registered(PlanBeee);

        Assert.Null(Allocate(state, "canche", Money.FromEuros(2_500)));
        var refusal = Allocate(state, "canche", Money.FromCents(250_001));

        Assert.Equal((RefusalKind.FailedPrecondition, "stake.limit"), (refusal?.Kind, refusal?.Rule));
        Assert.Equal("a club holds at most 25 % of an SARL's capital: the club would hold 25 % (2 500,01 € of 10 000,00 €)", refusal?.Message);
    }

    [Fact]
    public void AClubsStakesAddUpTowardsItsLimit()
    {
        var state = Allocated(Registered(PlanBeee), "i1", "canche", Money.FromEuros(2_000));

        Assert.Equal("stake.limit", Allocate(state, "canche", Money.FromCents(50_001))?.Rule);
        Assert.Null(Allocate(state, "la-toupiole", Money.FromEuros(2_500)));
    }

    [Fact]
    public void AClubHoldsAtMostAThirdOfAnSas()
    {
        var state = Registered(PlanBeee with { LegalForm = LegalForm.Sas, ShareCapital = Money.FromEuros(3_000) });

        Assert.Null(Allocate(state, "canche", Money.FromEuros(1_000)));
        Assert.Equal("stake.limit", Allocate(state, "canche", Money.FromCents(100_001))?.Rule);
    }

    [Fact]
    public void TheClubsCannotHoldMoreThanTheWholeCapital()
    {
        var state = Allocated(Allocated(Allocated(Registered(PlanBeee), "i1", "a", Money.FromEuros(2_500)), "i2", "b", Money.FromEuros(2_500)), "i3", "c", Money.FromEuros(2_000));

        Assert.Null(Allocate(state, "d", Money.FromEuros(2_500)));
        var refusal = Allocate(Allocated(state, "i4", "d", Money.FromEuros(2_500)), "e", Money.FromCents(50_001));

        Assert.Equal(("stake.capital", "the clubs would hold 10 000,01 € of a capital of 10 000,00 €: only 500,00 € of it is left"), (refusal?.Rule, refusal?.Message));
    }

    [Fact]
    public void AReleasedStakeNoLongerCounts()
    {
        var state = Allocated(Registered(PlanBeee), "i1", "canche", Money.FromEuros(2_500));
        state = state.Apply(Assert.Single(EnterpriseRules.Release(state, "i1", Day).Events));

        Assert.Null(Allocate(state, "canche", Money.FromEuros(2_500)));
        Assert.Empty(EnterpriseRules.Release(state, "i1", Day).Events);
    }

    [Fact]
    public void ACurrentAccountAdvanceNeedsAtLeastFivePercentHeld()
    {
        var pending = Allocated(Registered(PlanBeee), "i1", "canche", Money.FromEuros(500));
        var held = Allocated(Registered(PlanBeee), "i1", "canche", Money.FromEuros(500), held: true);
        var almost = Allocated(Registered(PlanBeee), "i1", "canche", Money.FromCents(49_999), held: true);

        Assert.Equal("instrument.advance_threshold", Allocate(pending, "canche", Money.FromEuros(100), Instrument.CurrentAccountAdvance)?.Rule);
        Assert.Null(Allocate(held, "canche", Money.FromEuros(100), Instrument.CurrentAccountAdvance));
        Assert.Equal(
            "a current-account advance needs the club to hold at least 5 % of the capital: it holds 4,99 %",
            Allocate(almost, "canche", Money.FromEuros(100), Instrument.CurrentAccountAdvance)?.Message);
    }

    [Fact]
    public void AContributionWithRightOfRecoveryIsForAssociationsAndSharesForCompanies()
    {
        var association = Registered(PlanBeee with { LegalForm = LegalForm.Association, ShareCapital = null });

        Assert.Null(Allocate(association, "canche", Money.FromEuros(3_000), Instrument.ContributionWithRightOfRecovery));
        Assert.Equal("instrument.equity_company", Allocate(association, "canche", Money.FromEuros(3_000))?.Rule);
        Assert.Equal("instrument.recovery_association", Allocate(Registered(PlanBeee), "canche", Money.FromEuros(10), Instrument.ContributionWithRightOfRecovery)?.Rule);
        Assert.Null(Allocate(Registered(PlanBeee with { LegalForm = LegalForm.Couveuse, ShareCapital = null }), "canche", Money.FromEuros(3_000), Instrument.Loan));
    }

    [Fact]
    public void TheSameStakeAskedTwiceIsSetAsideOnce()
    {
        var state = Allocated(Registered(PlanBeee), "i1", "canche", Money.FromEuros(1_000));

        Assert.Empty(EnterpriseRules.Allocate(state, new AllocateStake("i1", "canche", Instrument.EquityShares, Money.FromEuros(1_000), Day)).Events);
        Assert.Equal("stake.reused", EnterpriseRules.Allocate(state, new AllocateStake("i1", "canche", Instrument.EquityShares, Money.FromEuros(900), Day)).Refusal?.Rule);
    }

    [Fact]
    public void CoFinancingIsRecordedOncePerKey()
    {
        var state = Registered(PlanBeee);
        var line = new RecordCoFinancing("k1", "pas-de-calais-actif", "Pas-de-Calais Actif", Money.FromEuros(10_000), Instrument.Loan, Day);
        state = state.Apply(Assert.Single(EnterpriseRules.RecordCoFinancing(state, line, Day).Events));

        Assert.Empty(EnterpriseRules.RecordCoFinancing(state, line, Day).Events);
        Assert.Equal(RefusalKind.AlreadyExists, EnterpriseRules.RecordCoFinancing(state, line with { Amount = Money.FromCents(1) }, Day).Refusal?.Kind);
    }
}
