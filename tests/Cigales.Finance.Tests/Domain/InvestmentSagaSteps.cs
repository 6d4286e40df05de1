using Cigales.Finance.Domain;
using Cigales.SharedKernel;

namespace Cigales.Finance.Tests.Domain;

/// <summary>
/// Plays the saga as the grain does, without a silo: the other grains are a set of the steps they
/// have carried out (each idempotent), and a refusal may be planted on any step.
/// </summary>
internal static class Saga
{
    /// <summary>Carries out every pending step successfully and records each outcome.</summary>
    public static InvestmentState Settle(InvestmentState state) => Run(state, new Others()).State;

    /// <summary>
    /// Runs the saga until nothing is pending, or until it has carried out <paramref name="crashAfter"/>
    /// steps — the crash comes after the other grain did the step, before it is recorded.
    /// </summary>
    public static (InvestmentState State, List<InvestmentEvent> Stored) Run(
        InvestmentState state, Others others, int crashAfter = int.MaxValue, List<InvestmentEvent>? stored = null)
    {
        stored ??= [];
        var carriedOut = 0;
        while (InvestmentSaga.Next(state) is { } action)
        {
            InvestmentEvent recorded;
            if (action is RecordOutcome outcome)
            {
                recorded = outcome.Outcome;
            }
            else
            {
                var step = ((CallStep)action).Step;
                if (others.Refusals.GetValueOrDefault(step) is { } refusal)
                {
                    recorded = InvestmentSaga.Refused(state, step, refusal) ?? throw new InvalidOperationException($"{step} refusal not recordable");
                }
                else
                {
                    others.Do(state, step);
                    if (++carriedOut == crashAfter)
                    {
                        return (state, stored);
                    }

                    recorded = new SagaStepDone(step);
                }
            }

            state = state.Apply(recorded);
            stored.Add(recorded);
        }

        return (state, stored);
    }

    public static InvestmentState Of(params InvestmentEvent[] events) => events.Aggregate(InvestmentState.Initial, (state, @event) => state.Apply(@event));

    /// <summary>The other grains: what each was asked to do, once per step and key however often asked.</summary>
    internal sealed class Others
    {
        public Dictionary<SagaStep, Refusal> Refusals { get; } = [];

        public HashSet<string> Effects { get; } = [];

        public int Calls { get; private set; }

        public void Do(InvestmentState state, SagaStep step)
        {
            Calls++;
            var key = state.Work?.Intent switch
            {
                RepaymentRequested asked => asked.Key,
                ExitRequested asked => asked.Key,
                WriteOffRequested asked => asked.Key,
                PaymentRequested asked => asked.Key,
                _ => string.Empty,
            };
            Effects.Add($"{step}:{key}");
        }
    }
}

public sealed class InvestmentSagaSteps
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 1, 1);

    private static readonly RecordInvestment Decision = new(
        "canche", "archiverre", "round", Money.FromEuros(1_500), Instrument.EquityShares, new DateOnly(2024, 5, 15), new Vote(8, 1, 2, VoteRule.Majority));

    private static InvestmentState Requested(DateOnly? paid = null) =>
        Saga.Of(Assert.Single(InvestmentRules.Request(InvestmentState.Initial, "i", Decision with { DisbursedOn = paid }, Now, KnownParties.Both).Events));

    private static IEnumerable<object> Actions(InvestmentState state)
    {
        var others = new Saga.Others();
        var stored = Saga.Run(state, others).Stored;
        return stored.Select(@event => @event is SagaStepDone done ? (object)done.Step : @event.GetType().Name);
    }

    [Fact]
    public void AnInvestmentPaidAtOnceSetsAsideThenPaysStepByStep() =>
        Assert.Equal(
            [SagaStep.SetStakeAside, SagaStep.SetFundsAside, nameof(InvestmentCommitted), SagaStep.PayFromClub, SagaStep.HoldStake, nameof(PaymentMade)],
            Actions(Requested(new DateOnly(2024, 5, 20))));

    [Fact]
    public void ACommittedInvestmentWaitsForItsPayment()
    {
        var committed = Saga.Settle(Requested());

        Assert.Equal((InvestmentStatus.Committed, null), (committed.Status, InvestmentSaga.Next(committed)));
    }

    [Fact]
    public void ARefusalOnTheWayGivesBackTheStakeAndTheClubsFundsThenAbandons()
    {
        var others = new Saga.Others { Refusals = { [SagaStep.SetFundsAside] = Refusal.Precondition("amount_cents", "funds.available", "short") } };

        var (state, stored) = Saga.Run(Requested(), others);

        Assert.Equal(
            [nameof(SagaStepDone), nameof(InvestmentRefused), nameof(SagaStepDone), nameof(SagaStepDone), nameof(InvestmentAbandoned)],
            stored.Select(@event => @event.GetType().Name));
        Assert.Equal([SagaStep.SetStakeAside, SagaStep.GiveStakeBack, SagaStep.GiveFundsBack], stored.OfType<SagaStepDone>().Select(done => done.Step));
        Assert.Equal((InvestmentStatus.Abandoned, "funds.available"), (state.Status, state.Abandonment!.Rule));
    }

    [Fact]
    public void FundsNeverSetAsideAreNothingToGiveBack()
    {
        var state = Requested().Apply(new InvestmentRefused(RefusalKind.FailedPrecondition, "", "stake.limit", "too much")).Apply(new SagaStepDone(SagaStep.GiveStakeBack));

        var recorded = InvestmentSaga.Refused(state, SagaStep.GiveFundsBack, Refusal.NotFound("key", "reservation.exists", "no funds were set aside"));

        Assert.Equal(new SagaStepDone(SagaStep.GiveFundsBack), recorded);
        Assert.Null(InvestmentSaga.Refused(state, SagaStep.GiveFundsBack, Refusal.Precondition("key", "reservation.pending", "disbursed")));
    }

    /// <summary>
    /// A crash after any step — the other grain did it, the investment did not record it — then a
    /// resume from what was stored: the same outcome, and every step done once in the other grains.
    /// </summary>
    [Theory]
    [InlineData("paid at once")]
    [InlineData("refused")]
    [InlineData("cancelled")]
    [InlineData("exit at a loss")]
    public void ACrashAfterAnyStepResumesToTheSameOutcomeWithEveryStepDoneOnce(string path)
    {
        var (history, refusal) = Path(path);
        Saga.Others Others() => refusal is { } planted ? new Saga.Others { Refusals = { [planted.Step] = planted.Refusal } } : new Saga.Others();
        var reference = Others();
        var expected = Saga.Run(Saga.Of(history), reference).State;

        Assert.True(reference.Calls >= 2);
        for (var crashAfter = 1; crashAfter <= reference.Calls; crashAfter++)
        {
            var others = Others();
            var stored = Saga.Run(Saga.Of(history), others, crashAfter).Stored;
            var resumed = Saga.Run(Saga.Of([.. history, .. stored]), others).State;

            Assert.Equal((expected.Status, expected.Repaid, expected.AbandonedBecause), (resumed.Status, resumed.Repaid, resumed.AbandonedBecause));
            Assert.Equal(reference.Effects, others.Effects);
            Assert.Null(InvestmentSaga.Next(resumed));
        }
    }

    [Fact]
    public void ACommittedInvestmentIsCancelledWithItsReasonAndEverythingSetAsideGivenBack()
    {
        var committed = Saga.Settle(Requested());
        var cancel = new CancelInvestment("c1", new DateOnly(2024, 6, 1), "le tour de table a échoué");

        var (state, stored) = Saga.Run(committed.Apply(Assert.Single(InvestmentRules.Cancel(committed, cancel, Today).Events)), new Saga.Others());

        Assert.Equal([SagaStep.GiveStakeBack, SagaStep.GiveFundsBack], stored.OfType<SagaStepDone>().Select(done => done.Step));
        Assert.Equal((InvestmentStatus.Cancelled, "le tour de table a échoué"), (state.Status, state.AbandonedBecause));
        Assert.Empty(InvestmentRules.Cancel(state, cancel, Today).Events);
        Assert.Equal("investment.key_reused", InvestmentRules.Cancel(state, cancel with { Reason = "autre" }, Today).Refusal?.Rule);
    }

    [Fact]
    public void APaidInvestmentOrOneWithoutAReasonIsNotCancelled()
    {
        var paid = Saga.Settle(Requested(new DateOnly(2024, 5, 20)));
        var committed = Saga.Settle(Requested());

        Assert.Equal("investment.committed", InvestmentRules.Cancel(paid, new CancelInvestment("c", Today, "trop tard"), Today).Refusal?.Rule);
        Assert.Equal("reason", InvestmentRules.Cancel(committed, new CancelInvestment("c", Today, "  "), Today).Refusal?.Field);
        Assert.Equal("on", InvestmentRules.Cancel(committed, new CancelInvestment("c", new DateOnly(2024, 5, 1), "avant"), Today).Refusal?.Field);
    }

    [Fact]
    public void ARepaymentTheClubRefusesIsRecordedAsRefusedAndARetryGetsTheSameRefusal()
    {
        var paid = Saga.Settle(Requested(new DateOnly(2024, 5, 20)));
        var repayment = new RecordRepayment("r1", Money.FromEuros(100), new DateOnly(2025, 1, 1));
        var others = new Saga.Others { Refusals = { [SagaStep.ReturnToClub] = Refusal.Precondition("", "club.holds_stakes", "a dissolved club holds no stake") } };

        var (state, _) = Saga.Run(paid.Apply(Assert.Single(InvestmentRules.Repay(paid, repayment, Today).Events)), others);

        Assert.Equal((InvestmentStatus.Disbursed, Money.Zero), (state.Status, state.Repaid));
        Assert.Equal("club.holds_stakes", InvestmentRules.Repay(state, repayment, Today).Refusal?.Rule);
    }

    [Theory]
    [InlineData(150_000, new[] { SagaStep.ReturnToClub, SagaStep.GiveStakeBack })]
    [InlineData(200_000, new[] { SagaStep.ReturnToClub, SagaStep.GiveStakeBack })]
    [InlineData(100_000, new[] { SagaStep.ReturnToClub, SagaStep.WriteOffAtClub, SagaStep.GiveStakeBack })]
    [InlineData(0, new[] { SagaStep.WriteOffAtClub, SagaStep.GiveStakeBack })]
    public void AnExitGivesBackWhatCameBackAndWritesOffWhatDidNot(long cents, SagaStep[] steps)
    {
        var paid = Saga.Settle(Requested(new DateOnly(2024, 5, 20)));

        var (state, stored) = Saga.Run(paid.Apply(Assert.Single(InvestmentRules.Exit(paid, new RecordRepayment("x", Money.FromCents(cents), new DateOnly(2025, 1, 1)), Today).Events)), new Saga.Others());

        Assert.Equal(steps, stored.OfType<SagaStepDone>().Select(done => done.Step));
        Assert.Equal((InvestmentStatus.Exited, Money.FromCents(cents)), (state.Status, state.Repaid));
    }

    /// <summary>The events stored before the work to resume, and a refusal planted on one step.</summary>
    private static (InvestmentEvent[] History, (SagaStep Step, Refusal Refusal)? Refusal) Path(string path)
    {
        var requested = Assert.Single(InvestmentRules.Request(InvestmentState.Initial, "i", Decision with { DisbursedOn = new DateOnly(2024, 5, 20) }, Now, KnownParties.Both).Events);
        var committed = Saga.Run(Requested(), new Saga.Others()).Stored;
        var paid = Saga.Run(Saga.Of(requested), new Saga.Others()).Stored;
        InvestmentEvent[] Then(InvestmentEvent[] before, Func<InvestmentState, Decision<InvestmentEvent>> decide) =>
            [.. before, Assert.Single(decide(Saga.Of(before)).Events)];
        return path switch
        {
            "paid at once" => ([requested], null),
            "refused" => ([requested], (SagaStep.SetFundsAside, Refusal.Precondition("amount_cents", "funds.available", "short"))),
            "cancelled" => (Then([Assert.Single(InvestmentRules.Request(InvestmentState.Initial, "i", Decision, Now, KnownParties.Both).Events), .. committed],
                state => InvestmentRules.Cancel(state, new CancelInvestment("c", new DateOnly(2024, 6, 1), "abandon du projet"), Today)), null),
            _ => (Then([requested, .. paid], state => InvestmentRules.Exit(state, new RecordRepayment("x", Money.FromEuros(400), new DateOnly(2025, 1, 1)), Today)), null),
        };
    }
}
