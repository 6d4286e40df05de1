using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

public static partial class ClubRules
{
    /// <param name="personKnown">Whether the person directory knows the member (and has not erased them).</param>
    public static Decision<ClubEvent> Join(ClubState state, JoinClub command, bool personKnown, ClubSettings settings, DateOnly today)
    {
        var periods = state.PeriodsOf(command.MemberId);
        var refusal = First(
            () => MustExist(state),
            () => MustNotBeDissolved(state),
            () => MustBeDated(state, "on", command.On, today),
            () => personKnown ? null : Unknown.Person(command.MemberId),
            () => periods.LastOrDefault() is { Left: null } open
                ? Refusal.Precondition("person_id", "member.already", $"{command.MemberId} is a member since {Iso(open.Joined)}")
                : null,
            () => periods.LastOrDefault() is { Left: { } left } && command.On < left
                ? Refusal.Invalid("on", "member.rejoin_after_leaving", $"on {Iso(command.On)} is before {command.MemberId} left, on {Iso(left)}")
                : null,
            () => MostMembersFrom(state, command.On) >= settings.MaxMembers
                ? Refusal.Precondition(string.Empty, "club.full",
                    $"the club is full ({settings.MaxMembers} members): newcomers wait or start a new club")
                : null);
        return refusal is not null ? refusal : Decision<ClubEvent>.Accept(new MemberJoined(command.MemberId, command.On));
    }

    /// <summary>An office is held by a current member, one office per member; the manager is elected for a year.</summary>
    public static Decision<ClubEvent> AssignOfficer(ClubState state, AssignOfficer command, ClubSettings settings, DateOnly today)
    {
        var current = state.Officers.GetValueOrDefault(command.Role);
        var refusal = First(
            () => MustExist(state),
            () => MustNotBeDissolved(state),
            () => MustBeDated(state, "on", command.On, today),
            () => state.IsMemberOn(command.MemberId, command.On)
                ? null
                : Refusal.Precondition("person_id", "officer.member", $"{command.MemberId} is not a member of the club on {Iso(command.On)}"),
            () => state.OfficeOf(command.MemberId) is { } other && other.Role != command.Role
                ? Refusal.Precondition("person_id", "officer.one_office", $"{command.MemberId} is already the club's {Roles([other.Role])}: one office per member")
                : null,
            () => current is not null && command.On < current.Since
                ? Refusal.Invalid("on", "officer.in_order", $"on {Iso(command.On)} is before the current {Roles([command.Role])} took office, on {Iso(current.Since)}")
                : null);
        if (refusal is not null)
        {
            return refusal;
        }

        DateOnly? mandateEnds = command.Role == OfficerRole.Manager ? MandateEnd(command.On, settings) : null;
        return Decision<ClubEvent>.Accept(new OfficerAssigned(command.Role, command.MemberId, command.On, mandateEnds));
    }

    /// <summary>A renewal adds a year to a running mandate, or starts a new year after one has ended.</summary>
    public static Decision<ClubEvent> RenewManagerMandate(ClubState state, RenewManagerMandate command, ClubSettings settings, DateOnly today)
    {
        var manager = state.Officers.GetValueOrDefault(OfficerRole.Manager);
        var refusal = First(
            () => MustExist(state),
            () => MustNotBeDissolved(state),
            () => MustBeDated(state, "on", command.On, today),
            () => manager is null ? Refusal.Precondition(string.Empty, "officer.manager", "the club has no manager whose mandate could be renewed") : null,
            () => command.On < manager!.Since
                ? Refusal.Invalid("on", "officer.in_order", $"on {Iso(command.On)} is before the manager took office, on {Iso(manager.Since)}")
                : null,
            () => state.IsMemberOn(manager!.MemberId, command.On)
                ? null
                : Refusal.Precondition(string.Empty, "officer.member", $"the manager {manager!.MemberId} is not a member of the club on {Iso(command.On)}"));
        if (refusal is not null)
        {
            return refusal;
        }

        var end = manager!.MandateEndsOn is { } running && command.On <= running
            ? running.AddYears(settings.ManagerMandateYears)
            : MandateEnd(command.On, settings);
        return Decision<ClubEvent>.Accept(new ManagerMandateRenewed(command.On, end));
    }

    private static DateOnly MandateEnd(DateOnly start, ClubSettings settings) =>
        start.AddYears(settings.ManagerMandateYears).AddDays(-1);

    /// <summary>
    /// The most members the club has on any day from <paramref name="from"/> on: a join dated in
    /// the past must not overfill the club on a later day, after other joins were recorded.
    /// </summary>
    private static int MostMembersFrom(ClubState state, DateOnly from)
    {
        var periods = state.Memberships.Values.SelectMany(periods => periods).ToList();
        var days = periods.Select(period => period.Joined).Where(day => day > from).Append(from);
        return days.Max(day => periods.Count(period => period.Covers(day)));
    }
}
