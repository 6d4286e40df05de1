using Cigales.SharedKernel;

namespace Cigales.Grants.Domain;

/// <summary>
/// The rules of a convention's life (DOMAIN.md, "Grants: the departmental convention"): pure
/// functions of the state, the command, the facts the grain gathers and the day. One file per
/// part of its life.
/// </summary>
public static partial class ConventionRules
{
    /// <summary>Facts about the terms that live elsewhere: the parties and the budget line.</summary>
    /// <param name="UnknownSharers">The organisations named among the shares that do not exist.</param>
    public sealed record Facts(bool FunderExists, bool BeneficiaryExists, BudgetLineSnapshot? BudgetLine, IReadOnlyList<string>? UnknownSharers = null);

    /// <summary>Drafts the convention; every problem of its terms is listed at once.</summary>
    public static Decision<ConventionEvent> Draft(ConventionState state, string id, ConventionTerms terms, Facts facts, DateTimeOffset now)
    {
        if (state.Drafting is { } existing)
        {
            return Same(existing.Terms, terms)
                ? Decision<ConventionEvent>.Accept()
                : Refusal.Conflict("request_id", "convention.request_reused", $"request_id already drafted the convention '{existing.Terms.FileNumber}' with other terms");
        }

        var problems = new List<Refusal>();
        void Check(bool broken, string field, string rule, string message) => Refuse(broken, Refusal.Invalid(field, rule, message));

        // The terms are refused as a whole, every problem at once, as invalid: an unknown party too.
        void Refuse(bool broken, Refusal refusal)
        {
            if (broken)
            {
                problems.Add(refusal with { Kind = RefusalKind.InvalidArgument });
            }
        }

        Check(terms.FileNumber.Trim().Length == 0, "terms.file_number", "convention.file_number_required", "file_number must not be blank");
        Check(terms.Object.Trim().Length is 0 or > 255, "terms.object", "convention.object", "object must be given, under 256 characters");
        Refuse(!facts.FunderExists, Unknown.Organisation(terms.Funder.OrganisationId, "terms.funder.organisation_id"));
        Refuse(!facts.BeneficiaryExists, Unknown.Organisation(terms.Beneficiary.OrganisationId, "terms.beneficiary.organisation_id"));
        Check(!terms.Grant.IsPositive, "terms.grant", "money.positive", $"grant must be more than zero cents, not {terms.Grant.Cents}");
        Check(terms.End < terms.Start, "terms.period.end", "period.end_not_before_start", $"period.end {Iso(terms.End)} is before period.start {Iso(terms.Start)}");
        Check(terms.FinalReportDue < terms.End, "terms.final_report_due", "convention.report_after_end", $"the final report is due after the end, not on {Iso(terms.FinalReportDue)}");
        Check(terms.Axes.Count == 0, "terms.axes", "convention.axes", "the action programme has at least one axis");
        Check(terms.Axes.Select(axis => axis.Number).Distinct().Count() != terms.Axes.Count, "terms.axes", "convention.axes_numbered", "each axis has its own number");
        Check(terms.Schedule.Count == 0 || terms.Schedule.Any(instalment => !instalment.Amount.IsPositive), "terms.schedule", "convention.schedule",
            "the payment schedule has at least one instalment, each of more than zero cents");
        var scheduled = terms.Schedule.Sum(instalment => instalment.Amount);
        Check(scheduled != terms.Grant, "terms.schedule", "convention.schedule_total", $"the instalments add up to {scheduled}, the grant is {terms.Grant}");
        Check(!terms.Rates.StaffDay.IsPositive || !terms.Rates.VolunteerHour.IsPositive, "terms.rates", "convention.rates", "the day and hour rates are more than zero");
        Check(terms.Rules.ClawbackMonthsAfterEnd < 0 || terms.Rules.ExtensionRequestMonthsBeforeEnd < 0 || terms.Rules.TerminationNoticeMonths < 0,
            "terms.rules", "convention.rules", "the convention's delays are counted in months from zero up");
        Refuse(facts.BudgetLine is null, Unknown.BudgetLine(terms.BudgetLineId, "terms.budget_line_id"));
        if (facts.BudgetLine is { } line)
        {
            Check(line.Details.FunderId != terms.Funder.OrganisationId, "terms.budget_line_id", "budget_line.funder", "the budget line is another funder's");
            Check(line.Details.Year != terms.Start.Year, "terms.budget_line_id", "budget_line.year", $"the budget line is for {line.Details.Year}, the convention starts in {terms.Start.Year}");
        }

        problems.AddRange(ShareProblems(terms, facts.UnknownSharers ?? []));
        if (terms.Rates.StaffDay.IsPositive && terms.Rates.VolunteerHour.IsPositive)
        {
            problems.AddRange(BudgetChecks.Problems(terms.Budget, terms.Axes, terms.Rates, "terms.provisional_budget", "terms.axes"));
        }

        return problems.Count > 0
            ? Decision<ConventionEvent>.Refuse(problems)
            : Decision<ConventionEvent>.Accept(new ConventionDrafted(id, terms, now));
    }

    public static Decision<ConventionEvent> RecordReport(ConventionState state, CommitteeReport report, DateOnly today) =>
        First(
            () => Exists(state),
            () => state.Status == ConventionStatus.Drafted ? null : Refusal.Precondition(string.Empty, "convention.drafted", "the report comes before the deliberation"),
            () => report.Number.Trim().Length == 0 ? Refusal.Invalid("report.number", "report.number_required", "number must not be blank") : null,
            () => NotFuture("report.opinion_on", report.OpinionOn, today))
        ?? Decision<ConventionEvent>.Accept(new CommitteeReportRecorded(report));

    /// <summary>Adopted when the votes for exceed the votes against; the grain charges the budget line first.</summary>
    public static Decision<ConventionEvent> RecordDeliberation(ConventionState state, Deliberation deliberation, DateOnly today) =>
        First(
            () => Exists(state),
            () => state.Status == ConventionStatus.Drafted ? null : Refusal.Precondition(string.Empty, "convention.drafted", $"the convention is already {Name(state.Status)}"),
            () => deliberation.Number.Trim().Length == 0 ? Refusal.Invalid("deliberation.number", "deliberation.number_required", "number must not be blank") : null,
            () => deliberation.For < 0 || deliberation.Against < 0 || deliberation.Abstentions < 0 || deliberation.AbsentWithoutProxy < 0
                ? Refusal.Invalid("deliberation", "deliberation.votes", "votes are counted from zero up")
                : null,
            () => NotFuture("deliberation.on", deliberation.On, today),
            () => state.Report is { } report && deliberation.On < report.OpinionOn
                ? Refusal.Invalid("deliberation.on", "deliberation.after_report", $"the deliberation comes after the committee's opinion of {Iso(report.OpinionOn)}")
                : null)
        ?? (deliberation.Adopted
            // Adopted, it is recorded once the grant is charged to the budget line.
            ? Decision<ConventionEvent>.Accept(new BudgetMoveRequested(
                BudgetMoves.GrantKey(state.Drafting!.ConventionId), BudgetMoveKind.Charge, state.Terms.Grant, Deliberation: deliberation))
            : Decision<ConventionEvent>.Accept(new DeliberationRecorded(deliberation)));

    public static Decision<ConventionEvent> Sign(ConventionState state, DateOnly on, DateOnly today) =>
        First(
            () => Exists(state),
            () => state.Status == ConventionStatus.Voted
                ? null
                : Refusal.Precondition(string.Empty, "convention.adopted", state.Status == ConventionStatus.Drafted
                    ? "a convention cannot be signed without an adopted deliberation"
                    : $"the convention is already {Name(state.Status)}"),
            () => NotFuture("on", on, today),
            () => on < state.Deliberation!.On ? Refusal.Invalid("on", "convention.signed_after_deliberation", $"the convention is signed after its deliberation of {Iso(state.Deliberation.On)}") : null)
        ?? Decision<ConventionEvent>.Accept(new ConventionSigned(on));

    /// <summary>A payment, once per key; the payments never add up to more than the grant (nor than the amount accepted after control).</summary>
    public static Decision<ConventionEvent> RecordPayment(ConventionState state, RecordGrantPayment command, DateOnly today)
    {
        if (state.Payments.FirstOrDefault(payment => payment.Key == command.Key) is { } first)
        {
            return (first.Amount, first.On) == (command.Amount, command.On)
                ? Decision<ConventionEvent>.Accept()
                : Refusal.Conflict("request_id", "payment.key_reused", $"this key already recorded a payment of {first.Amount} on {Iso(first.On)}");
        }

        var grant = state.Exists ? state.Terms.Grant : Money.Zero;
        var ceiling = state.Accepted is { } accepted ? Money.Min(grant, accepted) : grant;
        return First(
                () => Exists(state),
                () => state.Status is ConventionStatus.Signed or ConventionStatus.Paid or ConventionStatus.ReportSubmitted or ConventionStatus.Controlled
                    ? null
                    : Refusal.Precondition(string.Empty, "convention.payable", $"a {Name(state.Status)} convention takes no payment"),
                () => !command.Amount.IsPositive ? Refusal.Invalid("amount", "money.positive", $"amount must be more than zero cents, not {command.Amount.Cents}") : null,
                () => NotFuture("on", command.On, today),
                () => command.On < state.SignedOn ? Refusal.Invalid("on", "payment.after_signature", $"a payment comes after the signature of {Iso(state.SignedOn!.Value)}") : null,
                () => state.Paid + command.Amount > ceiling
                    ? Refusal.Precondition("amount", "payment.ceiling",
                        $"the payments would add up to {state.Paid + command.Amount}, above the {(state.Accepted is null ? "grant" : "amount accepted")} of {ceiling}")
                    : null)
            ?? Decision<ConventionEvent>.Accept(new GrantPaymentRecorded(command.Key, command.Amount, command.On));
    }

    /// <summary>A decision split between beneficiaries: each existing, once, with 0.01 to 1 of it, the convention's beneficiary among them, the parts adding up to 1.</summary>
    private static IEnumerable<Refusal> ShareProblems(ConventionTerms terms, IReadOnlyList<string> unknown)
    {
        if (terms.Shares is not { Count: > 0 } shares)
        {
            yield break;
        }

        foreach (var (share, i) in shares.Select((share, i) => (share, i)))
        {
            if (share.Share is < 0.01m or > 1m)
            {
                yield return Refusal.Invalid($"terms.shares[{i}].share", "convention.share_range", $"a beneficiary's share lies from 0.01 to 1, not {share.Share}");
            }

            if (unknown.Contains(share.OrganisationId))
            {
                yield return Unknown.Organisation(share.OrganisationId, $"terms.shares[{i}].organisation_id") with { Kind = RefusalKind.InvalidArgument };
            }
        }

        if (shares.Select(share => share.OrganisationId).Distinct().Count() != shares.Count)
        {
            yield return Refusal.Invalid("terms.shares", "convention.shares_distinct", "each beneficiary has one share of the decision");
        }

        if (shares.All(share => share.OrganisationId != terms.Beneficiary.OrganisationId))
        {
            yield return Refusal.Invalid("terms.shares", "convention.share_beneficiary", "the convention's beneficiary has a share of the decision");
        }

        var total = shares.Sum(share => share.Share);
        if (total != 1m)
        {
            yield return Refusal.Invalid("terms.shares", "convention.shares_total", $"the shares of one decision add up to 1, not {total}");
        }
    }

    private static Decision<ConventionEvent>? First(params Func<Refusal?>[] checks)
    {
        foreach (var check in checks)
        {
            if (check() is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    private static Refusal? Exists(ConventionState state) =>
        state.Exists ? null : Unknown.Convention();

    private static Refusal? NotFuture(string field, DateOnly date, DateOnly today) =>
        date > today ? Refusal.Invalid(field, "date.not_future", $"{field} {Iso(date)} is in the future") : null;

    private static bool Same(ConventionTerms a, ConventionTerms b) =>
        a with { LegalBases = [], Axes = [], Schedule = [], Budget = Empty, Shares = null } == b with { LegalBases = [], Axes = [], Schedule = [], Budget = Empty, Shares = null }
        && a.SharesOfTheDecision().SequenceEqual(b.SharesOfTheDecision())
        && a.LegalBases.SequenceEqual(b.LegalBases)
        && a.Axes.SequenceEqual(b.Axes)
        && a.Schedule.SequenceEqual(b.Schedule)
        && a.Budget.Charges.SequenceEqual(b.Budget.Charges)
        && a.Budget.Products.SequenceEqual(b.Budget.Products);

    private static readonly ProvisionalBudget Empty = new([], []);

    private static string Iso(DateOnly date) => CalendarDate.ToIso(date);

    private static string Name(ConventionStatus status) => status switch
    {
        ConventionStatus.ReportSubmitted => "report-submitted",
        _ => status.ToString().ToLowerInvariant(),
    };
}
