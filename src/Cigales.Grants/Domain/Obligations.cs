using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

public enum ObligationKind
{
    /// <summary>The final report is due.</summary>
    FinalReport,
    /// <summary>The last day an extension may be asked for.</summary>
    ExtensionWindow,
    /// <summary>The last day before repayment of everything paid becomes claimable, if the report is still missing.</summary>
    Clawback,
    /// <summary>An instalment of the grant is expected.</summary>
    Payment,
    /// <summary>A recovery order is to be paid back by its due date.</summary>
    Recovery,
}

public enum ObligationState
{
    /// <summary>Due within the next 30 days.</summary>
    Upcoming,
    /// <summary>Due today.</summary>
    Due,
    /// <summary>Its day has passed and it is not done.</summary>
    Late,
}

public sealed record Obligation(
    string ConventionId, string FileNumber, ObligationKind Kind, DateOnly Date, ObligationState State, string What, Money Amount = default);

/// <summary>
/// A convention's obligations as of a date: what is due, late, or coming within 30 days — the
/// final report, the extension window closing, the clawback risk, the payments expected. Only a
/// convention in force has those; done items are not listed, and the extension window, once
/// closed, is not "late": it is gone. A recovery order not paid back in full is an obligation
/// whatever the convention's state (it follows control or termination), late after its due date.
/// </summary>
public static class Obligations
{
    public const int Horizon = 30;

    public static IReadOnlyList<Obligation> For(ConventionSnapshot convention, DateOnly asOf)
    {
        var state = convention.Status;
        var terms = convention.Terms;
        var items = new List<Obligation>();
        void Add(ObligationKind kind, DateOnly date, string what, bool lateCounts = true, Money amount = default)
        {
            if (StateOf(date, asOf, lateCounts) is { } itemState)
            {
                items.Add(new Obligation(convention.ConventionId, terms.FileNumber, kind, date, itemState, what, amount));
            }
        }

        foreach (var (order, number) in convention.Recoveries.Select((order, index) => (order, index + 1)))
        {
            if (order is { Due: { } due, Outstanding.IsPositive: true })
            {
                Add(ObligationKind.Recovery, due, $"recovery order {number} of {CalendarDate.ToIso(order.On)}: {order.Outstanding} still to pay back of {order.Amount}", amount: order.Outstanding);
            }
        }

        if (state is not (ConventionStatus.Signed or ConventionStatus.Paid or ConventionStatus.ReportSubmitted))
        {
            return items.OrderBy(item => item.Date).ToList();
        }

        if (convention.FinalReport is null)
        {
            Add(ObligationKind.FinalReport, terms.FinalReportDue, "the final report (activity and financial) is due");
            var lastDayBeforeClawback = terms.ClawbackFrom.AddDays(-1);
            Add(ObligationKind.Clawback, lastDayBeforeClawback, $"without the final report by then, repayment of everything paid ({convention.Paid}) becomes claimable");
        }

        if (convention.Extensions.Count == 0 && state != ConventionStatus.ReportSubmitted)
        {
            Add(ObligationKind.ExtensionWindow, terms.ExtensionDeadline, "the last day to ask for an extension", lateCounts: false);
        }

        // Payments cover the instalments in order; the first ones not covered are expected.
        var covered = convention.Paid;
        foreach (var instalment in terms.Schedule)
        {
            if (covered >= instalment.Amount)
            {
                covered -= instalment.Amount;
                continue;
            }

            covered = Money.Zero;
            if ((instalment.On ?? (instalment.Condition.Contains("signature", StringComparison.OrdinalIgnoreCase) ? convention.SignedOn : null)) is { } expected)
            {
                Add(ObligationKind.Payment, expected, $"an instalment of {instalment.Amount} is expected", amount: instalment.Amount);
            }
        }

        return items.OrderBy(item => item.Date).ToList();
    }

    private static ObligationState? StateOf(DateOnly date, DateOnly asOf, bool lateCounts) =>
        date == asOf ? ObligationState.Due
        : date < asOf ? (lateCounts ? ObligationState.Late : null)
        : date.DayNumber - asOf.DayNumber <= Horizon ? ObligationState.Upcoming
        : null;
}
