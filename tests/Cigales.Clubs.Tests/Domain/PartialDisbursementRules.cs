using Cigales.Clubs.Domain;
using Cigales.GrainInterfaces.Clubs;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Tests.Domain;

/// <summary>A reservation paid in several payments: each its own key, never more than was set aside.</summary>
public sealed class PartialDisbursementRules
{
    private static readonly DateOnly Start = new(2024, 3, 1);
    private static readonly DateOnly Later = new(2024, 5, 1);
    private static readonly DateOnly EvenLater = new(2024, 6, 1);

    /// <summary>An investing club with 100 € of savings, 70 € of it set aside under inv-1.</summary>
    private static ClubScenario Reserved() => new ClubScenario().Formed().Status(ClubStatus.Investing, Start)
        .Contribute("m1", new YearMonth(2024, 3), Money.FromCents(10_000))
        .Reserve("inv-1", Money.FromCents(7_000), Later);

    private static Decision<ClubEvent> Pay(ClubState state, string paymentKey, long cents, DateOnly on) =>
        ClubRules.ConfirmDisbursement(state, new ConfirmDisbursement("inv-1", on, Money.FromCents(cents), paymentKey), ClubScenario.Today);

    [Fact]
    public void APaymentTurnsItsAmountIntoAStakeAndLeavesTheRestCommitted()
    {
        var club = Reserved().Then(state => Pay(state, "p1", 2_000, Later));

        Assert.Equal(
            (Money.FromCents(3_000), Money.FromCents(5_000), Money.FromCents(2_000), ReservationStatus.Pending),
            (club.State.AvailableFunds, club.State.PendingReservations, club.State.StakesHeld["investment-inv-1"], club.State.Reservations["inv-1"].Status));
    }

    [Fact]
    public void PaymentsUpToTheReservationSettleIt()
    {
        var club = Reserved().Then(state => Pay(state, "p1", 2_000, Later)).Then(state => Pay(state, "p2", 5_000, EvenLater));

        Assert.Equal(
            (Money.Zero, Money.FromCents(7_000), ReservationStatus.Disbursed),
            (club.State.PendingReservations, club.State.StakesHeld["investment-inv-1"], club.State.Reservations["inv-1"].Status));
    }

    [Fact]
    public void PayingMoreThanRemainsSetAsideIsRefused()
    {
        var refusal = Pay(Reserved().Then(state => Pay(state, "p1", 2_000, Later)).State, "p2", 5_001, EvenLater).Refusal;

        Assert.Equal((RefusalKind.FailedPrecondition, "amount_cents", "reservation.remaining"), (refusal?.Kind, refusal?.Field, refusal?.Rule));
    }

    [Fact]
    public void ThePaymentAgainUnderItsKeyChangesNothingAndOtherDetailsAreRefused()
    {
        var club = Reserved().Then(state => Pay(state, "p1", 2_000, Later));

        Assert.Empty(Pay(club.State, "p1", 2_000, Later).Events);
        Assert.Equal("funds.key_reused", Pay(club.State, "p1", 3_000, Later).Refusal?.Rule);
    }

    [Fact]
    public void AtOnceAfterPaymentsPaysWhatRemains()
    {
        var club = Reserved().Then(state => Pay(state, "p1", 2_000, Later)).Disburse("inv-1", EvenLater);

        Assert.Equal((Money.FromCents(7_000), ReservationStatus.Disbursed), (club.State.StakesHeld["investment-inv-1"], club.State.Reservations["inv-1"].Status));
    }

    [Fact]
    public void AReleaseGivesBackOnlyWhatIsNotYetPaid()
    {
        var club = Reserved().Then(state => Pay(state, "p1", 2_000, Later))
            .Then(state => ClubRules.ReleaseReservation(state, new ReleaseReservation("inv-1", EvenLater, "the round fell through"), ClubScenario.Today));

        Assert.Equal(
            (Money.FromCents(8_000), Money.Zero, Money.FromCents(2_000), true),
            (club.State.AvailableFunds, club.State.PendingReservations, club.State.StakesHeld["investment-inv-1"], club.State.Finances("archiverre")));
    }

    [Fact]
    public void ADisbursementStoredBeforePaymentsCouldBePartialStillSettlesItsReservation()
    {
        var club = Reserved();
        var stored = new DisbursementConfirmed("inv-1", "investment-inv-1", Money.FromCents(7_000), Later, Ledger.Disbursement(Money.FromCents(7_000)));

        var state = club.State.Apply(stored);

        Assert.Equal((ReservationStatus.Disbursed, Money.FromCents(7_000)), (state.Reservations["inv-1"].Status, state.StakesHeld["investment-inv-1"]));
    }
}
