using Cigales.Clubs.Domain;
using Cigales.GrainInterfaces.Clubs;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Tests.Domain;

/// <summary>
/// Builds a club's state by running commands through the rules, as the grain does: each step
/// must be accepted (a refusal fails the test at the step that caused it).
/// </summary>
public sealed class ClubScenario
{
    public static readonly DateOnly Today = new(2026, 11, 26);
    public static readonly DateOnly Created = new(2024, 1, 10);

    /// <summary>A vote that carries by any rule in a club of five: all five for.</summary>
    public static readonly ClubVote Carried = new(5, 0, 0);

    /// <param name="created">The day the club was created: <see cref="Created"/> unless said.</param>
    public ClubScenario(ClubSettings? settings = null, DateOnly? created = null)
    {
        Settings = settings ?? new ClubSettings();
        State = Apply(ClubState.Initial, ClubRules.Register(
            ClubState.Initial, "club", new RegisterClub("Ch'ti Karité", "Lens", "62", "CALL", created ?? Created), new DateTimeOffset(2024, 1, 10, 9, 0, 0, TimeSpan.Zero)));
    }

    public ClubSettings Settings { get; }

    public ClubState State { get; private set; }

    public ClubScenario Then(Func<ClubState, Decision<ClubEvent>> step)
    {
        State = Apply(State, step(State));
        return this;
    }

    public ClubScenario Join(string member, DateOnly on) =>
        Then(state => ClubRules.Join(state, new JoinClub(member, on), personKnown: true, Settings, Today));

    public ClubScenario JoinMany(int count, DateOnly on, string prefix = "m")
    {
        for (var i = 1; i <= count; i++)
        {
            Join($"{prefix}{i}", on);
        }

        return this;
    }

    public ClubScenario Leave(string member, DateOnly on) => Then(state => ClubRules.Leave(state, new LeaveClub(member, on), Settings, Today));

    public ClubScenario Officer(OfficerRole role, string member, DateOnly on) =>
        Then(state => ClubRules.AssignOfficer(state, new AssignOfficer(role, member, on), Settings, Today));

    /// <summary>Five members, m1 to m5, joined on the day the club was created, with m1 to m3 as officers.</summary>
    public ClubScenario Formed(DateOnly? on = null)
    {
        var day = on ?? Created;
        return JoinMany(5, day)
            .Officer(OfficerRole.Manager, "m1", day)
            .Officer(OfficerRole.Treasurer, "m2", day)
            .Officer(OfficerRole.Secretary, "m3", day);
    }

    public ClubScenario Status(ClubStatus to, DateOnly on, string reason = "decided at the general meeting") =>
        Then(state => ClubRules.ChangeStatus(state, new ChangeClubStatus(to, on, reason), Settings, Today));

    public ClubScenario Pledge(string member, Money monthly, YearMonth from) =>
        Then(state => ClubRules.SetPledge(state, new SetPledge(member, monthly, from)));

    public ClubScenario Contribute(string member, YearMonth month, Money amount, DateOnly? paidOn = null, string? key = null) =>
        Then(state => ClubRules.RecordContribution(
            state, new RecordContribution(key ?? Guid.NewGuid().ToString(), member, month, amount, paidOn ?? month.LastDay), Today));

    public ClubScenario Reserve(string key, Money amount, DateOnly on, string enterprise = "archiverre") =>
        Then(state => ClubRules.Reserve(state, new ReserveFunds(key, $"investment-{key}", enterprise, amount, on, Carried), Today));

    public ClubScenario Disburse(string key, DateOnly on) => Then(state => ClubRules.ConfirmDisbursement(state, new ConfirmDisbursement(key, on), Today));

    public ClubScenario Return(string key, string investment, Money amount, DateOnly on) =>
        Then(state => ClubRules.RecordReturn(state, new RecordReturn(key, investment, amount, on), Today));

    private static ClubState Apply(ClubState state, Decision<ClubEvent> decision)
    {
        Assert.Null(decision.Refusal);
        return decision.Events.Aggregate(state, (current, @event) => current.Apply(@event));
    }
}
