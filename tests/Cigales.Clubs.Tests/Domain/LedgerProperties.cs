using Cigales.SharedKernel;
using Cigales.Clubs.Domain;
using Cigales.GrainInterfaces.Clubs;
using CsCheck;

namespace Cigales.Clubs.Tests.Domain;

/// <summary>
/// Random sequences of joins, leaves (with the share kept or bought), contributions, reservations, disbursements, releases and
/// returns, run through the rules (refused steps change nothing): whatever the sequence, the
/// ledger balances, the available funds never go negative, and the members' shares add up to the
/// club's savings.
/// </summary>
public sealed class LedgerProperties
{
    private static readonly DateOnly Start = ClubScenario.Created;

    /// <param name="Kind">0-2 join, 3 leave, 4-6 contribution, 7 reservation, 8 disbursement, 9 release, 10-11 return.</param>
    private sealed record Step(int Kind, int Member, long Cents, int Days, int Pick);

    private static readonly Gen<Step[]> Sequences =
        Gen.Select(Gen.Int[0, 11], Gen.Int[1, 24], Gen.Long[1, 60_000], Gen.Int[0, 7], Gen.Int[0, 1000], (kind, member, cents, days, pick) => new Step(kind, member, cents, days, pick))
            .Array[1, 120];

    [Fact]
    public void TheLedgerBalancesFundsStayPositiveAndSharesAddUpWhateverHappens()
    {
        // How many steps of each kind were accepted, over all samples: the property says nothing
        // if the sequences never get past the rules.
        var accepted = new int[12];
        Sequences.Sample(steps =>
        {
            var club = new ClubScenario().Formed(Start).Status(ClubStatus.Investing, Start);
            var day = Start;
            foreach (var step in steps)
            {
                day = day.AddDays(step.Days);
                var decision = Decide(club.State, step, day, club.Settings);
                if (!decision.IsRefused)
                {
                    club.Then(_ => decision);
                    Interlocked.Increment(ref accepted[step.Kind]);
                }

                AssertInvariants(club.State, day, club.Settings);
            }
        }, iter: 200);

        Assert.All([0, 3, 4, 7, 8, 9, 10], kind => Assert.True(accepted[kind] > 0, $"no step of kind {kind} was ever accepted"));
    }

    /// <summary>
    /// Balances were bare longs and wrapped round to a negative number past 64 bits of cents,
    /// silently; as amounts they throw. The rules accept the contribution (each amount is fine on
    /// its own): it is folding it into the club's balances that overflows.
    /// </summary>
    [Fact]
    public void ABalanceBeyondWhatCentsHoldThrowsInsteadOfWrappingRound()
    {
        var month = YearMonth.Of(Start);
        var club = new ClubScenario().Join("anne", Start).Contribute("anne", month, Money.FromCents(long.MaxValue));

        var oneCentMore = ClubRules.RecordContribution(club.State, new RecordContribution("one-cent-more", "anne", month, Money.FromCents(1), Start), ClubScenario.Today);

        Assert.False(oneCentMore.IsRefused);
        Assert.Throws<OverflowException>(() => oneCentMore.Events.Aggregate(club.State, (state, @event) => state.Apply(@event)));
    }

    private static SharedKernel.Decision<ClubEvent> Decide(ClubState state, Step step, DateOnly day, ClubSettings settings)
    {
        var member = $"m{step.Member}";
        var pending = state.Reservations.Values.Where(r => r.Status == ReservationStatus.Pending).OrderBy(r => r.Key).ToList();
        var held = state.StakesHeld.Keys.Order().ToList();
        var key = Guid.NewGuid().ToString();
        return step.Kind switch
        {
            <= 2 => ClubRules.Join(state, new JoinClub(member, day), personKnown: true, settings, ClubScenario.Today),
            3 => ClubRules.Leave(state, new LeaveClub(member, day, SettlementOf(step), key), settings, ClubScenario.Today),
            <= 6 => ClubRules.RecordContribution(state, new RecordContribution(key, member, YearMonth.Of(day), Money.FromCents(step.Cents), day), ClubScenario.Today),
            7 => ClubRules.Reserve(state, new ReserveFunds(key, $"investment-{key}", "enterprise", Money.FromCents(step.Cents), day, ClubScenario.Carried), ClubScenario.Today),
            8 when pending.Count > 0 => ClubRules.ConfirmDisbursement(state, new ConfirmDisbursement(pending[step.Pick % pending.Count].Key, day), ClubScenario.Today),
            9 when pending.Count > 0 => ClubRules.ReleaseReservation(state, new ReleaseReservation(pending[step.Pick % pending.Count].Key, day, "dropped"), ClubScenario.Today),
            >= 10 when held.Count > 0 => ClubRules.RecordReturn(state, new RecordReturn(key, held[step.Pick % held.Count], Money.FromCents(step.Cents), day), ClubScenario.Today),
            _ => ClubRules.Join(state, new JoinClub(member, day), personKnown: true, settings, ClubScenario.Today),
        };
    }

    /// <summary>The member keeps their share, or the others buy it at either value, or a newcomer does.</summary>
    private static ShareSettlement? SettlementOf(Step step) => (step.Pick % 4) switch
    {
        0 => null,
        1 => new ShareSettlement(SettlementKind.BoughtByMembers, ShareValue.Contributions),
        2 => new ShareSettlement(SettlementKind.BoughtByMembers, ShareValue.PortfolioShare),
        _ => new ShareSettlement(SettlementKind.BoughtByNewcomer, ShareValue.PortfolioShare, $"m{(step.Pick % 24) + 1}"),
    };

    private static void AssertInvariants(ClubState state, DateOnly day, ClubSettings settings)
    {
        Assert.All(state.Movements, movement => Assert.Equal(Money.Zero, Ledger.Sum(movement.Postings)));
        Assert.Equal(Money.Zero, state.Balances.Values.Sum());
        Assert.False(state.AvailableFunds.IsNegative, $"available funds went negative: {state.AvailableFunds}");
        Assert.True(!state.PendingReservations.IsNegative && state.StakesHeld.Values.All(stake => !stake.IsNegative));
        Assert.InRange(state.MembersOn(day).Count, 0, settings.MaxMembers);

        var shares = SavingsShares.Compute(state, day);
        Assert.Equal(SavingsShares.ClubSavings(state, day), shares.Values.Sum());
        Assert.All(shares.Values, share => Assert.False(share.IsNegative));
    }
}
