using Cigales.Clubs.Domain;
using Marten.Events.Aggregation;

namespace Cigales.Clubs.Projections;

/// <summary>
/// A club as lists and network figures need it, kept up to date inline with the club's events:
/// its identity, its status history and its members' dates (ids only, no personal data).
/// </summary>
public sealed record ClubView(
    string Id,
    string Name,
    string Commune,
    string Department,
    string Territory,
    ClubStatus Status,
    DateTimeOffset RegisteredAt,
    DateOnly CreatedOn,
    string RenewsClubId,
    IReadOnlyList<ClubTimeline.Change> Changes,
    IReadOnlyList<ClubView.MemberDates> Members)
{
    /// <summary>Lists go by name; the id makes each key unique, as keyset paging needs.</summary>
    public string SortKey => $"{Name.ToLowerInvariant()}\u001f{Id}";

    public ClubSnapshot ToSnapshot() => new(Id, Name, Commune, Department, Territory, Status, RegisteredAt, CreatedOn, RenewsClubId);

    public ClubTimeline ToTimeline() =>
        new(CreatedOn, Changes, Members.Select(member => new ClubTimeline.Membership(member.Joined, member.Left)).ToList());

    public sealed record MemberDates(string MemberId, DateOnly Joined, DateOnly? Left);
}

public sealed class ClubViewProjection : SingleStreamProjection<ClubView, string>
{
    public static ClubView Create(ClubRegistered e) => new(
        e.ClubId, e.Name, e.Commune, e.Department, e.Territory, ClubStatus.Forming, e.RegisteredAt, e.CreationDay, e.RenewsClubId, [], []);

    public static ClubView Apply(ClubStatusChanged e, ClubView view) =>
        view with { Status = e.To, Changes = [.. view.Changes, new ClubTimeline.Change(e.To, e.On)] };

    public static ClubView Apply(MemberJoined e, ClubView view) =>
        view with { Members = [.. view.Members, new ClubView.MemberDates(e.MemberId, e.On, null)] };

    public static ClubView Apply(MemberLeft e, ClubView view)
    {
        // The member's last period is the open one: close it.
        var index = view.Members.ToList().FindLastIndex(member => member.MemberId == e.MemberId);
        return view with { Members = [.. view.Members.Select((member, i) => i == index ? member with { Left = e.On } : member)] };
    }
}
