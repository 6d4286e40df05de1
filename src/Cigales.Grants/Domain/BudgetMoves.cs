using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

/// <summary>
/// Where a convention's money meets its budget line — the grant charged when the deliberation is
/// adopted, more charged or given back by an amendment, given back after control or termination —
/// the move is recorded first, in the convention's stream, then asked of the line (idempotent by
/// its key), then recorded as made. Whatever stops the convention's grain in between, the move is
/// still pending, and a retry, the next command or the grain's reminder makes it: both sides end
/// equal, once.
/// </summary>
public static class BudgetMoves
{
    public static string GrantKey(string conventionId) => $"grant:{conventionId}";

    public static string AmendmentKey(string conventionId, int number) => $"amendment-{number}:{conventionId}";

    public static string ReleaseKey(string why, string conventionId) => $"{why}:{conventionId}";

    /// <summary>What to record once the line made the move: the decision it paid for, if any, then the move made.</summary>
    public static Decision<ConventionEvent> Made(BudgetMoveRequested move) => move switch
    {
        { Deliberation: { } deliberation } => Decision<ConventionEvent>.Accept(new DeliberationRecorded(deliberation), new BudgetLineMoved(move.Key)),
        { Amendment: { } amendment } => Decision<ConventionEvent>.Accept(new ConventionAmended(amendment), new BudgetLineMoved(move.Key)),
        _ => Decision<ConventionEvent>.Accept(new BudgetLineMoved(move.Key)),
    };

    /// <summary>What to record when the line refused the move for good.</summary>
    public static Decision<ConventionEvent> Refused(BudgetMoveRequested move, Refusal refusal) =>
        Decision<ConventionEvent>.Accept(new BudgetMoveRefused(move.Key, refusal.Kind, refusal.Field, refusal.Rule, refusal.Message));
}
