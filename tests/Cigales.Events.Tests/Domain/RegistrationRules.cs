using Cigales.Events.Domain;
using CsCheck;
using static Cigales.Events.Tests.Domain.EventStates;

namespace Cigales.Events.Tests.Domain;

public sealed class RegistrationRules
{
    private static readonly DateOnly RegisteredOn = new(2024, 11, 1);

    [Fact]
    public void TenSeatsAtAPlaceConfirmTenAndTheRestWaitInOrder()
    {
        var state = Registered(Scheduled(PitchNight), Enumerable.Range(1, 12).Select(i => Holder($"r{i}", "Calais")));

        Assert.Equal(10, state.ConfirmedAt("Calais"));
        Assert.Equal(["r11", "r12"], state.WaitingFor("Calais").Select(line => line.Id));
        Assert.Equal(2, state.WaitingPosition(state.Registrations.Single(line => line.Id == "r12")));
        Assert.Equal(0, state.ConfirmedAt("Montreuil-sur-Mer"));
    }

    [Fact]
    public void ACancelledSeatGoesToTheFirstOneWaitingForThatPlace()
    {
        var state = Registered(Scheduled(PitchNight), Enumerable.Range(1, 12).Select(i => Holder($"r{i}", "Calais")));
        state = Registered(state, [Holder("m1", "Montreuil-sur-Mer")]);

        var decision = EventRules.CancelRegistration(state, "r3", new DateOnly(2024, 11, 20), Today);
        var after = Then(state, decision);

        Assert.Equal([new RegistrationCancelled("r3", new DateOnly(2024, 11, 20)), new WaitingPromoted("r11")], decision.Events);
        Assert.Equal(RegistrationStatus.Confirmed, after.Registrations.Single(line => line.Id == "r11").Status);
        Assert.Equal(["r12"], after.WaitingFor("Calais").Select(line => line.Id));
    }

    [Fact]
    public void CancellingAfterTheDeadlineIsRefusedSayingUntilWhen()
    {
        var state = Registered(Scheduled(PitchNight), [Holder("r1", "Calais")]);

        var refusal = EventRules.CancelRegistration(state, "r1", new DateOnly(2024, 11, 21), Today).Refusal!;

        Assert.Equal(("on", "registration.cancellation_deadline"), (refusal.Field, refusal.Rule));
        Assert.Contains("2024-11-20", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutItsOwnDeadlineARegistrantCancelsUntilTheDayBefore()
    {
        var state = Registered(Scheduled(Workshop), [Holder("r1")]);

        Assert.False(EventRules.CancelRegistration(state, "r1", new DateOnly(2024, 5, 20), Today).IsRefused);
        Assert.True(EventRules.CancelRegistration(state, "r1", new DateOnly(2024, 5, 21), Today).IsRefused);
    }

    [Fact]
    public void ARegistrationWhenRegistrationIsClosedIsRefused()
    {
        var state = Then(Scheduled(PitchNight), EventRules.SetRegistrationOpen(Scheduled(PitchNight), false));

        Assert.Equal("registration.open", EventRules.Register(state, "r1", Holder("r1", "Calais"), Now, RegisteredOn).Refusal!.Rule);
    }

    [Fact]
    public void TheRegistrantsProblemsAreNamedTogether()
    {
        var command = new Register("r1", new Registrant(RegistrantKind.ProjectHolder, " ", ProjectName: ""), "Lille");

        var decision = EventRules.Register(Scheduled(PitchNight), "r1", command, Now, RegisteredOn);

        Assert.Equal(
            [("registrant.name", "registrant.name_required"), ("registrant.project_name", "registrant.project_named"), ("place", "registration.place")],
            decision.Refusals.Select(refusal => (refusal.Field, refusal.Rule)));
    }

    [Fact]
    public void AnEventInTwoTownsNeedsThePlaceAndAnEventInOneTakesItsOnlyPlace()
    {
        var twoTowns = EventRules.Register(Scheduled(PitchNight), "r1", Holder("r1"), Now, RegisteredOn);
        var oneTown = Registered(Scheduled(PitchNight with { Places = [new Place("Carvin", 60)] }), [Holder("r1")]);

        Assert.Equal("registration.place", twoTowns.Refusal!.Rule);
        Assert.Equal("Carvin", oneTown.Registrations.Single().Place);
    }

    [Fact]
    public void TheSameRegistrationAgainIsAnsweredAsRecordedAndNothingChanges()
    {
        var state = Registered(Scheduled(PitchNight), [Holder("r1", "Calais")]);

        var again = EventRules.Register(state, "r1", Holder("r1", "Calais"), Now.AddMinutes(5), RegisteredOn);
        var elsewhere = EventRules.Register(state, "r1", Holder("r1", "Montreuil-sur-Mer"), Now, RegisteredOn);

        Assert.Empty(again.Events);
        Assert.False(again.IsRefused);
        Assert.Equal("registration.request_reused", elsewhere.Refusal!.Rule);
    }

    [Fact]
    public void WhateverTheRegistrationsAndCancellationsNoPlaceIsOverfilledAndNoOneWaitsForAFreeSeat()
    {
        // A step registers at one of two small places, or cancels an earlier registration.
        var steps = Gen.Select(Gen.Bool, Gen.Int[0, 1], Gen.Int[0, 30]).Array[1, 60];
        var small = PitchNight with { Places = [new Place("Calais", 3), new Place("Montreuil-sur-Mer", 2)] };
        steps.Sample(sequence =>
        {
            var state = Scheduled(small);
            for (var i = 0; i < sequence.Length; i++)
            {
                var (register, place, which) = sequence[i];
                var decision = register || state.Registrations.Count == 0
                    ? EventRules.Register(state, $"r{i}", Holder($"r{i}", small.Places[place].Name), Now, RegisteredOn)
                    : EventRules.CancelRegistration(state, state.Registrations[which % state.Registrations.Count].Id, new DateOnly(2024, 11, 2), Today);
                state = decision.Events.Aggregate(state, (current, happening) => current.Apply(happening));
            }

            return small.Places.All(p =>
                state.ConfirmedAt(p.Name) <= p.Capacity
                && (state.ConfirmedAt(p.Name) == p.Capacity || !state.WaitingFor(p.Name).Any()));
        });
    }
}
