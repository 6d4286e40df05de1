using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

public static partial class ClubRules
{
    private static readonly OfficerRole[] RequiredOffices = [OfficerRole.Manager, OfficerRole.Treasurer, OfficerRole.Secretary];

    /// <summary>
    /// forming → investing → managing → dissolved, each change dated and explained. A club may
    /// also be dissolved before it managed stakes (a group that never got going), never while it
    /// holds stakes or has funds set aside.
    /// </summary>
    public static Decision<ClubEvent> ChangeStatus(ClubState state, ChangeClubStatus command, ClubSettings settings, DateOnly today)
    {
        var refusal = First(
            () => MustExist(state),
            () => MustNotBeDissolved(state),
            () => MustBeDated(state, "on", command.On, today),
            () => MustBeNamed("reason", command.Reason),
            () => state.History.LastOrDefault() is { } last && command.On < last.On
                ? Refusal.Invalid("on", "status.in_order", $"on {Iso(command.On)} is before the last change of status, on {Iso(last.On)}")
                : null,
            () => MayGo(state.Status, command.To)
                ? null
                : Refusal.Precondition("to", "status.transition", $"{WithArticle(state.Status)} club cannot become {Name(command.To)}: a club goes forming → investing → managing → dissolved"));
        if (refusal is not null)
        {
            return refusal;
        }

        var changed = new ClubStatusChanged(state.Status, command.To, command.On, command.Reason.Trim());
        return command.To switch
        {
            ClubStatus.Investing => StartInvesting(state, changed, settings),
            ClubStatus.Managing => StartManaging(state, changed),
            _ => Dissolve(state, changed),
        };
    }

    public static Decision<ClubEvent> RenewTerm(ClubState state, RenewTerm command, ClubSettings settings, DateOnly today)
    {
        var refusal = First(
            () => MustExist(state),
            () => MustNotBeDissolved(state),
            () => MustBeDated(state, "on", command.On, today),
            () => state.Term is null
                ? Refusal.Precondition(string.Empty, "term.started", "the joint ownership starts when the club starts investing: there is no term to renew yet")
                : null,
            () => state.Term!.Renewals >= settings.MaxTermRenewals
                ? Refusal.Precondition(string.Empty, "term.renewals", $"the joint ownership was already renewed: {settings.MaxTermYears} years at most, until {Iso(state.Term.End)}")
                : null,
            () => state.Term!.ExpiredOn(command.On)
                ? Refusal.Precondition("on", "term.not_expired", $"the joint ownership ended on {Iso(state.Term.End)}: an ended term cannot be renewed")
                : null,
            () => command.On < state.Term!.Start
                ? Refusal.Invalid("on", "term.after_start", $"on {Iso(command.On)} is before the joint ownership started, on {Iso(state.Term.Start)}")
                : null);
        return refusal is not null
            ? refusal
            : Decision<ClubEvent>.Accept(new JointOwnershipRenewed(command.On, state.Term!.End.AddYears(settings.TermYears)));
    }

    private static bool MayGo(ClubStatus from, ClubStatus to) => (from, to) switch
    {
        (ClubStatus.Forming, ClubStatus.Investing) => true,
        (ClubStatus.Investing, ClubStatus.Managing) => true,
        (_, ClubStatus.Dissolved) => from != ClubStatus.Dissolved,
        _ => false,
    };

    private static Decision<ClubEvent> StartInvesting(ClubState state, ClubStatusChanged changed, ClubSettings settings)
    {
        var members = state.MembersOn(changed.On).Count;
        if (members < settings.MinMembers)
        {
            return Refusal.Precondition(string.Empty, "club.min_members",
                $"a forming club needs at least {settings.MinMembers} members to start investing: it has {members} on {Iso(changed.On)}");
        }

        var missing = RequiredOffices
            .Where(role => state.Officers.GetValueOrDefault(role) is not { } office
                || !state.IsMemberOn(office.MemberId, changed.On)
                || !office.MandateValidOn(changed.On))
            .ToList();
        if (missing.Count > 0)
        {
            return Refusal.Precondition(string.Empty, "club.officers",
                $"a forming club needs its manager, treasurer and secretary to start investing: missing on {Iso(changed.On)}: {Roles(missing)}");
        }

        return Decision<ClubEvent>.Accept(changed, new JointOwnershipStarted(changed.On, changed.On.AddYears(settings.TermYears).AddDays(-1)));
    }

    private static Decision<ClubEvent> StartManaging(ClubState state, ClubStatusChanged changed) =>
        state.PendingReservations.IsPositive
            ? Refusal.Precondition(string.Empty, "club.pending_reservations",
                $"{state.PendingReservations} are set aside for investments: disburse or release them before the club stops investing")
            : Decision<ClubEvent>.Accept(changed);

    private static Decision<ClubEvent> Dissolve(ClubState state, ClubStatusChanged changed)
    {
        if (state.StakesHeldTotal.IsPositive)
        {
            return Refusal.Precondition(string.Empty, "club.stakes_held",
                $"a club with stakes still held cannot be dissolved: it holds {state.StakesHeldTotal}");
        }

        if (state.PendingReservations.IsPositive)
        {
            return Refusal.Precondition(string.Empty, "club.pending_reservations",
                $"{state.PendingReservations} are set aside for investments: disburse or release them before the club is dissolved");
        }

        if (state.Movements.LastOrDefault(movement => movement.On > changed.On) is { } later)
        {
            return Refusal.Invalid("on", "club.dissolved_after_movements",
                $"on {Iso(changed.On)} is before the last movement of the club's money, on {Iso(later.On)}");
        }

        // The savings go back to the members, pro rata of what each contributed.
        var payouts = SavingsShares.Compute(state, changed.On)
            .Where(share => !share.Value.IsZero)
            .Select(share => LedgerLine.Of(share.Key, share.Value))
            .ToList();
        var postings = Ledger.Liquidation(state.Balances);
        return postings.Count == 0
            ? Decision<ClubEvent>.Accept(changed)
            : Decision<ClubEvent>.Accept(changed, new SavingsPaidOut($"liquidation-{Iso(changed.On)}", changed.On, payouts, postings));
    }

    private static string Name(ClubStatus status) => status.ToString().ToLowerInvariant();

    private static string WithArticle(ClubStatus status) => status == ClubStatus.Investing ? "an investing" : $"a {Name(status)}";
}
