using Cigales.GrainInterfaces.Grants;
using Cigales.Grants.Domain;
using Cigales.SharedKernel;

namespace Cigales.Grants.Tests.Domain;

public sealed class ConventionRegistrationRules
{
    private static readonly DateTimeOffset Now = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);

    // The 2025 convention with the Département du Pas-de-Calais (reference/pas-de-calais.json).
    private static readonly RegisterConvention Convention2025 = new(
        "2025-02585",
        new Party("Département du Pas-de-Calais", "22620001200012"),
        new Party("Les Cigales des Hauts-de-France", "38035677400055"),
        990_000,
        new DateOnly(2025, 1, 1),
        new DateOnly(2025, 12, 31));

    [Fact]
    public void TheDepartmentsConventionIsRegisteredToTheCent()
    {
        var decision = ConventionRules.Register(ConventionState.Initial, "c", Convention2025, Now);

        var registered = Assert.IsType<ConventionRegistered>(Assert.Single(decision.Events));
        Assert.Equal(990_000, registered.AmountCents);
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (registered.Start, registered.End));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void AnAmountOfNoCentsOrLessIsRefused(long cents)
    {
        var decision = ConventionRules.Register(ConventionState.Initial, "c", Convention2025 with { AmountCents = cents }, Now);

        Assert.Equal(("amount.cents", "convention.amount_positive"), (decision.Refusal?.Field, decision.Refusal?.Rule));
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void APeriodEndingBeforeItStartsIsRefusedNamingItsEnd()
    {
        var decision = ConventionRules.Register(
            ConventionState.Initial, "c", Convention2025 with { End = new DateOnly(2024, 12, 31) }, Now);

        Assert.Equal(("period.end", RefusalKind.InvalidArgument), (decision.Refusal?.Field, decision.Refusal?.Kind));
    }

    [Fact]
    public void AOneDayPeriodIsAccepted()
    {
        var decision = ConventionRules.Register(
            ConventionState.Initial, "c", Convention2025 with { End = Convention2025.Start }, Now);

        Assert.False(decision.IsRefused);
    }

    [Fact]
    public void AFundersSiretThatFailsTheLuhnCheckIsRefused()
    {
        var decision = ConventionRules.Register(
            ConventionState.Initial, "c", Convention2025 with { Funder = new Party("Département", "22620001200013") }, Now);

        Assert.Equal(("funder.siret", "siret.valid"), (decision.Refusal?.Field, decision.Refusal?.Rule));
    }

    [Fact]
    public void ABlankBeneficiaryNameIsRefused()
    {
        var decision = ConventionRules.Register(
            ConventionState.Initial, "c", Convention2025 with { Beneficiary = new Party(" ", "") }, Now);

        Assert.Equal("beneficiary.name", decision.Refusal?.Field);
    }

    [Fact]
    public void ReusingARequestForAnotherConventionIsRefused()
    {
        var state = ConventionState.Initial.Apply(ConventionRules.Register(ConventionState.Initial, "c", Convention2025, Now).Events.Single());

        Assert.Empty(ConventionRules.Register(state, "c", Convention2025, Now.AddHours(1)).Events);
        Assert.Equal(RefusalKind.AlreadyExists, ConventionRules.Register(state, "c", Convention2025 with { AmountCents = 1 }, Now).Refusal?.Kind);
    }
}
