using Cigales.Grants.Domain;
using Cigales.SharedKernel;
using static Cigales.Grants.Tests.TheConvention2025;

namespace Cigales.Grants.Tests.Domain;

/// <summary>The 2025 convention at each step of its life, folded from the pure rules.</summary>
public static class ConventionStates
{
    public static readonly DateTimeOffset DraftedAt = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 26);
    public static readonly ConventionTerms Terms2025 = Terms("dept-62", "cigales-hdf", "line");

    public static readonly ConventionRules.Facts Facts =
        new(FunderExists: true, BeneficiaryExists: true, new BudgetLineSnapshot("line", BudgetLine("dept-62"), Money.Zero, Credits));

    /// <summary>The state after the decision, its budget-line move made as the grain makes it (the line accepting).</summary>
    public static ConventionState Then(ConventionState state, Decision<ConventionEvent> decision)
    {
        Assert.False(decision.IsRefused, decision.Refusal?.Message);
        var after = Apply(state, decision);
        return after.PendingMove is { } move ? Apply(after, BudgetMoves.Made(move)) : after;
    }

    public static ConventionState Apply(ConventionState state, Decision<ConventionEvent> decision) =>
        decision.Events.Aggregate(state, (current, @event) => current.Apply(@event));

    public static ConventionState Drafted() => Then(ConventionState.Initial, ConventionRules.Draft(ConventionState.Initial, "c", Terms2025, Facts, DraftedAt));

    public static ConventionState Voted()
    {
        var drafted = Drafted();
        var reported = Then(drafted, ConventionRules.RecordReport(drafted, Report, Today));
        return Then(reported, ConventionRules.RecordDeliberation(reported, AdoptedDeliberation, Today));
    }

    public static ConventionState Signed() => Then(Voted(), ConventionRules.Sign(Voted(), new DateOnly(2025, 6, 2), Today));

    public static ConventionState Paid()
    {
        var signed = Signed();
        return Then(signed, ConventionRules.RecordPayment(signed, new RecordGrantPayment("p1", Grant, new DateOnly(2025, 6, 20)), Today));
    }
}
