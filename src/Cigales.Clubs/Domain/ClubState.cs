using System.Collections.Immutable;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

/// <summary>A club as its events made it; <see cref="Registration"/> is null until it is registered.</summary>
public sealed record ClubState : IEventSourced<ClubState, ClubEvent>
{
    public static ClubState Initial { get; } = new();

    public ClubRegistered? Registration { get; init; }

    public ImmutableList<ClubStatusChanged> History { get; init; } = [];

    public JointOwnership? Term { get; init; }

    /// <summary>Each member's periods of membership, by member id, in order.</summary>
    public ImmutableDictionary<string, ImmutableList<MembershipPeriod>> Memberships { get; init; } =
        ImmutableDictionary<string, ImmutableList<MembershipPeriod>>.Empty;

    public ImmutableDictionary<OfficerRole, Office> Officers { get; init; } = ImmutableDictionary<OfficerRole, Office>.Empty;

    /// <summary>Each member's pledges, by member id, in the order they were set.</summary>
    public ImmutableDictionary<string, ImmutableList<PledgeSet>> Pledges { get; init; } =
        ImmutableDictionary<string, ImmutableList<PledgeSet>>.Empty;

    public ImmutableList<ContributionRecorded> Contributions { get; init; } = [];

    /// <summary>Every movement of money, in the order recorded: the ledger.</summary>
    public ImmutableList<ICashMovement> Movements { get; init; } = [];

    /// <summary>The ledger's balances now, by account.</summary>
    public ImmutableDictionary<string, Money> Balances { get; init; } = ImmutableDictionary<string, Money>.Empty;

    /// <summary>Funds set aside for investments, by the saga's key.</summary>
    public ImmutableDictionary<string, Reservation> Reservations { get; init; } = ImmutableDictionary<string, Reservation>.Empty;

    /// <summary>What is still held of each investment, by investment id (entries stay at zero once closed).</summary>
    public ImmutableDictionary<string, Money> StakesHeld { get; init; } = ImmutableDictionary<string, Money>.Empty;

    /// <summary>The movement first recorded under each idempotency key, by <c>kind:key</c>.</summary>
    public ImmutableDictionary<string, ICashMovement> Outcomes { get; init; } = ImmutableDictionary<string, ICashMovement>.Empty;

    public ImmutableDictionary<string, Sponsorship> Sponsorships { get; init; } = ImmutableDictionary<string, Sponsorship>.Empty;

    /// <summary>The club's internal rules as set, in order: each in force from its date.</summary>
    public ImmutableList<InternalRulesSet> RulesHistory { get; init; } = [];

    /// <summary>The departures, in order, with the deadline to recruit each set.</summary>
    public ImmutableList<MemberLeft> Departures { get; init; } = [];

    /// <summary>The departing members' shares bought, in order.</summary>
    public ImmutableList<ShareSettled> Settlements { get; init; } = [];

    public bool Exists => Registration is not null;

    public ClubStatus Status => History.IsEmpty ? ClubStatus.Forming : History[^1].To;

    public DateOnly CreatedOn => Registration?.CreationDay ?? DateOnly.MinValue;

    public Money AvailableFunds => BalanceOf(Ledger.Cash);

    public Money PendingReservations => BalanceOf(Ledger.Committed);

    public Money StakesHeldTotal => BalanceOf(Ledger.Stakes);

    public Money BalanceOf(string account) => Balances.GetValueOrDefault(account);

    /// <summary>The internal rules in force on a date: the last set by then, else the defaults.</summary>
    public InternalRules RulesOn(DateOnly date) =>
        RulesHistory.LastOrDefault(set => set.On <= date)?.Rules ?? InternalRules.Default;

    public ClubStatus StatusOn(DateOnly date) =>
        History.LastOrDefault(change => change.On <= date)?.To ?? ClubStatus.Forming;

    public bool IsMemberOn(string memberId, DateOnly date) =>
        PeriodsOf(memberId).Any(period => period.Covers(date));

    /// <summary>A member during a month: for at least one of its days.</summary>
    public bool IsMemberDuring(string memberId, YearMonth month) =>
        PeriodsOf(memberId).Any(period => period.Joined <= month.LastDay && (period.Left is null || period.Left > month.FirstDay));

    public IReadOnlyList<string> MembersOn(DateOnly date) =>
        Memberships.Where(member => member.Value.Any(period => period.Covers(date))).Select(member => member.Key).Order(StringComparer.Ordinal).ToList();

    public ImmutableList<MembershipPeriod> PeriodsOf(string memberId) => Memberships.GetValueOrDefault(memberId, []);

    public Office? OfficeOf(string memberId) => Officers.Values.FirstOrDefault(office => office.MemberId == memberId);

    public Money PledgeFor(string memberId, YearMonth month) =>
        Pledges.GetValueOrDefault(memberId, []).LastOrDefault(pledge => pledge.From <= month)?.Monthly ?? Money.Zero;

    /// <summary>The enterprises the club has funds set aside for or holds a stake in.</summary>
    public bool Finances(string enterpriseId) => Reservations.Values.Any(reservation =>
        reservation.EnterpriseId == enterpriseId && (reservation.Status is ReservationStatus.Pending or ReservationStatus.Disbursed || reservation.Paid.IsPositive));

    public ClubState Apply(ClubEvent @event) => @event switch
    {
        ClubRegistered registered => this with { Registration = registered },
        ClubStatusChanged changed => this with { History = History.Add(changed) },
        JointOwnershipStarted started => this with { Term = new JointOwnership(started.Start, started.End, 0) },
        JointOwnershipRenewed renewed => this with { Term = Term! with { End = renewed.End, Renewals = Term.Renewals + 1 } },
        MemberJoined joined => this with
        {
            Memberships = Memberships.SetItem(joined.MemberId, PeriodsOf(joined.MemberId).Add(new MembershipPeriod(joined.On, null))),
        },
        MemberLeft left => this with
        {
            Memberships = Memberships.SetItem(left.MemberId, ClosePeriod(PeriodsOf(left.MemberId), left.On)),
            Departures = Departures.Add(left),
        },
        InternalRulesSet rules => this with { RulesHistory = RulesHistory.Add(rules) },
        OfficerAssigned assigned => this with
        {
            Officers = Officers.SetItem(assigned.Role, new Office(assigned.Role, assigned.MemberId, assigned.On, assigned.MandateEndsOn)),
        },
        ManagerMandateRenewed renewed => this with
        {
            Officers = Officers.SetItem(OfficerRole.Manager, Officers[OfficerRole.Manager] with { MandateEndsOn = renewed.EndsOn }),
        },
        PledgeSet pledge => this with
        {
            Pledges = Pledges.SetItem(pledge.MemberId, Pledges.GetValueOrDefault(pledge.MemberId, []).Add(pledge)),
        },
        SponsorsNamed named => this with
        {
            Sponsorships = Sponsorships.SetItem(named.EnterpriseId, new Sponsorship(
                named.EnterpriseId,
                [.. named.SponsorIds],
                named.On,
                Sponsorships.GetValueOrDefault(named.EnterpriseId)?.FollowUps ?? [])),
        },
        FollowUpNoted noted => this with
        {
            Sponsorships = Sponsorships.SetItem(
                noted.EnterpriseId,
                Sponsorships[noted.EnterpriseId] with { FollowUps = Sponsorships[noted.EnterpriseId].FollowUps.Add(noted) }),
        },
        ICashMovement movement => ApplyMovement(movement),
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "not a club event"),
    };

    private ClubState ApplyMovement(ICashMovement movement)
    {
        var state = this with
        {
            Movements = Movements.Add(movement),
            Balances = movement.Postings.Aggregate(Balances, (balances, posting) =>
                balances.SetItem(posting.Account, balances.GetValueOrDefault(posting.Account) + posting.Amount)),
            Outcomes = Outcomes.SetItem(OutcomeKey(movement.Kind, movement.Key), movement),
        };

        return movement switch
        {
            ContributionRecorded contribution => state with { Contributions = Contributions.Add(contribution) },
            ShareSettled settled => state with { Settlements = Settlements.Add(settled) },
            FundsReserved reserved => state with
            {
                Reservations = Reservations.SetItem(reserved.Key, new Reservation(
                    reserved.Key, reserved.InvestmentId, reserved.EnterpriseId, reserved.Amount, reserved.On, ReservationStatus.Pending)),
            },
            DisbursementConfirmed disbursed => state with
            {
                Reservations = Reservations.SetItem(disbursed.ReservationPaid(), Reservations[disbursed.ReservationPaid()].Pay(disbursed.Amount)),
                StakesHeld = StakesHeld.SetItem(disbursed.InvestmentId, StakesHeld.GetValueOrDefault(disbursed.InvestmentId) + disbursed.Amount),
            },
            ReservationReleased released => state with
            {
                Reservations = Reservations.SetItem(released.Key, Reservations[released.Key] with { Status = ReservationStatus.Released }),
            },
            FundsReturned returned => state with
            {
                StakesHeld = StakesHeld.SetItem(returned.InvestmentId, StakesHeld[returned.InvestmentId] + PostedTo(returned, Ledger.Stakes)),
            },
            StakeWrittenOff writtenOff => state with
            {
                StakesHeld = StakesHeld.SetItem(writtenOff.InvestmentId, StakesHeld[writtenOff.InvestmentId] - writtenOff.Amount),
            },
            _ => state,
        };
    }

    private static ImmutableList<MembershipPeriod> ClosePeriod(ImmutableList<MembershipPeriod> periods, DateOnly left) =>
        periods.SetItem(periods.Count - 1, periods[^1] with { Left = left });

    /// <summary>Idempotency keys are unique per kind of movement: a saga uses one key for its reservation, disbursement or release.</summary>
    public static string OutcomeKey(string kind, string key) => $"{kind}:{key}";

    private static Money PostedTo(ICashMovement movement, string account) =>
        movement.Postings.Where(posting => posting.Account == account).Sum(posting => posting.Amount);
}

/// <param name="Left">The day the member stopped being one; null while they still are.</param>
public sealed record MembershipPeriod(DateOnly Joined, DateOnly? Left)
{
    public bool Covers(DateOnly date) => Joined <= date && (Left is null || date < Left);
}

public sealed record Office(OfficerRole Role, string MemberId, DateOnly Since, DateOnly? MandateEndsOn)
{
    /// <summary>Only the manager's mandate ends; it is valid through its last day.</summary>
    public bool MandateValidOn(DateOnly date) => MandateEndsOn is null || date <= MandateEndsOn;
}

public sealed record JointOwnership(DateOnly Start, DateOnly End, int Renewals)
{
    /// <summary>The joint ownership ends with its last day.</summary>
    public bool ExpiredOn(DateOnly date) => date > End;
}

public enum ReservationStatus
{
    /// <summary>Set aside, not yet paid in full.</summary>
    Pending,
    Disbursed,
    Released,
}

public sealed record Reservation(
    string Key, string InvestmentId, string EnterpriseId, Money Amount, DateOnly On, ReservationStatus Status)
{
    /// <summary>What was paid of it so far, in one payment or several.</summary>
    public Money Paid { get; init; } = Money.Zero;

    /// <summary>What is still set aside, to be paid or released.</summary>
    public Money StillToPay => Amount - Paid;

    public Reservation Pay(Money amount) => this with
    {
        Paid = Paid + amount,
        Status = Paid + amount >= Amount ? ReservationStatus.Disbursed : ReservationStatus.Pending,
    };
}

public sealed record Sponsorship(
    string EnterpriseId, ImmutableList<string> SponsorIds, DateOnly Since, ImmutableList<FollowUpNoted> FollowUps);
