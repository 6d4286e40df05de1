using Cigales.Clubs.Domain;
using Cigales.GrainInterfaces.Clubs;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Tests.Domain;

/// <summary>
/// The rules DOMAIN.md sets for a club's whole investing life: the joint ownership's term binds,
/// the minimum of members holds (refused, or accepted with a deadline to recruit, as the club's
/// rules say), and an investment's vote is checked against the club's own decision rule and quorum.
/// </summary>
public sealed class ClubRulesThatHold
{
    private static readonly DateOnly Created = new(2019, 1, 10);

    /// <summary>An investing club of five since 2019-03-01 (its term ends on 2024-02-29), with 100 € of savings.</summary>
    private static ClubScenario Investing(InternalRules? rules = null)
    {
        var club = new ClubScenario(new ClubSettings(), Created);
        if (rules is not null)
        {
            club.Then(state => ClubRules.SetInternalRules(state, new SetInternalRules(rules, Created), ClubScenario.Today));
        }

        return club.Formed(Created).Status(ClubStatus.Investing, new DateOnly(2019, 3, 1))
            .Contribute("m4", new YearMonth(2019, 3), Money.FromCents(6_000))
            .Contribute("m5", new YearMonth(2019, 3), Money.FromCents(4_000));
    }

    private static Decision<ClubEvent> Reserve(ClubState state, DateOnly on, ClubVote? vote = null, Money? amount = null) =>
        ClubRules.Reserve(state, new ReserveFunds("inv-1", "investment-1", "archiverre", amount ?? Money.FromCents(1_000), on, vote ?? ClubScenario.Carried), ClubScenario.Today);

    [Fact]
    public void AfterTheTermHasEndedTheClubReservesNoFundsForANewInvestment()
    {
        var club = Investing();
        var end = club.State.Term!.End;

        var refusal = Reserve(club.State, end.AddDays(1)).Refusal;

        Assert.Equal((RefusalKind.FailedPrecondition, "on", "term.ended"), (refusal?.Kind, refusal?.Field, refusal?.Rule));
        Assert.Equal($"the joint ownership ended on {CalendarDate.ToIso(end)}: after its term the club takes no new stake, it moves to managing", refusal?.Message);
        Assert.False(Reserve(club.State, end).IsRefused);
    }

    [Fact]
    public void WhatCountsIsTheTermOnTheReservationsDayAndARenewedTermLetsTheClubInvestOn()
    {
        var renewed = Investing().Then(state => ClubRules.RenewTerm(state, new RenewTerm(new DateOnly(2023, 12, 1)), new ClubSettings(), ClubScenario.Today));

        Assert.False(Reserve(renewed.State, new DateOnly(2026, 11, 1)).IsRefused);
        Assert.Equal(new DateOnly(2029, 2, 28), renewed.State.Term!.End);
    }

    [Fact]
    public void ReservedBeforeTheEndTheFundsAreStillDisbursedAndReturnedAfterIt()
    {
        var club = Investing().Reserve("inv-1", Money.FromCents(5_000), new DateOnly(2023, 6, 1));
        var afterTheEnd = club.State.Term!.End.AddDays(30);

        club.Disburse("inv-1", afterTheEnd).Return("back-1", "investment-inv-1", Money.FromCents(1_000), afterTheEnd);

        Assert.Equal(Money.FromCents(4_000), club.State.StakesHeld["investment-inv-1"]);
    }

    [Fact]
    public void ADepartureThatWouldLeaveAnInvestingClubBelowFiveMembersIsRefusedByDefault()
    {
        var club = Investing();

        var refusal = ClubRules.Leave(club.State, new LeaveClub("m5", new DateOnly(2023, 9, 1)), club.Settings, ClubScenario.Today).Refusal;

        Assert.Equal((RefusalKind.FailedPrecondition, "person_id", "club.min_members_kept"), (refusal?.Kind, refusal?.Field, refusal?.Rule));
        Assert.Equal("after m5 leaves on 2023-09-01 the club would have 4 members, fewer than the 5 an investing club needs: its rules refuse such a departure until it has recruited", refusal?.Message);
    }

    [Fact]
    public void WithADeadlineToRecruitTheDepartureIsAcceptedAndTheClubShowsTheDeadlineUntilItIsBackToFive()
    {
        var club = Investing(InternalRules.Default with { BelowMinimum = BelowMinimumPolicy.RecruitByDeadline, RecruitMonths = 3 })
            .Leave("m5", new DateOnly(2023, 9, 1))
            .Leave("m4", new DateOnly(2023, 10, 1));

        Assert.Equal(new DateOnly(2023, 12, 1), ClubReports.Page(club.State, new DateOnly(2023, 10, 2))!.RecruitBy);
        club.Join("n1", new DateOnly(2023, 11, 1)).Join("n2", new DateOnly(2023, 11, 20));
        Assert.Equal(new DateOnly(2023, 12, 1), ClubReports.Page(club.State, new DateOnly(2023, 11, 10))!.RecruitBy);
        Assert.Null(ClubReports.Page(club.State, new DateOnly(2023, 11, 20))!.RecruitBy);
    }

    [Fact]
    public void AManagingClubMayFallBelowTheMinimum()
    {
        var club = Investing().Status(ClubStatus.Managing, new DateOnly(2023, 8, 1));

        Assert.False(ClubRules.Leave(club.State, new LeaveClub("m5", new DateOnly(2023, 9, 1)), club.Settings, ClubScenario.Today).IsRefused);
    }

    [Theory]
    [InlineData(DecisionRule.Majority, 3, 2, 0, true)]
    [InlineData(DecisionRule.Majority, 2, 2, 1, false)]
    [InlineData(DecisionRule.QualifiedMajority, 2, 1, 2, true)]
    [InlineData(DecisionRule.QualifiedMajority, 3, 2, 0, false)]
    [InlineData(DecisionRule.Unanimity, 4, 0, 0, true)]
    [InlineData(DecisionRule.Unanimity, 4, 0, 1, false)]
    public void AnInvestmentsVoteCarriesByTheClubsOwnRule(DecisionRule rule, int votesFor, int against, int abstentions, bool carries)
    {
        var club = Investing(InternalRules.Default with { Decision = rule });

        var refusal = Reserve(club.State, new DateOnly(2023, 6, 1), new ClubVote(votesFor, against, abstentions)).Refusal;

        Assert.Equal(carries ? null : "vote.carries", refusal?.Rule);
    }

    [Fact]
    public void AVoteThatDoesNotCarrySaysByWhichRule()
    {
        var club = Investing(InternalRules.Default with { Decision = DecisionRule.QualifiedMajority, QualifiedNumerator = 3, QualifiedDenominator = 4 });

        var refusal = Reserve(club.State, new DateOnly(2023, 6, 1), new ClubVote(2, 1, 0)).Refusal;

        Assert.Equal("the vote does not carry by a 3/4 majority, the club's rule: 2 for, 1 against, 0 abstentions", refusal?.Message);
    }

    [Fact]
    public void MoreVotersThanMembersOnTheDecisionDayAreRefused()
    {
        var refusal = Reserve(Investing().State, new DateOnly(2023, 6, 1), new ClubVote(5, 1, 0)).Refusal;

        Assert.Equal((RefusalKind.InvalidArgument, "vote.voters", "6 voted but the club had 5 members on 2023-06-01"), (refusal?.Kind, refusal?.Rule, refusal?.Message));
    }

    [Fact]
    public void AVoteWithoutTheQuorumIsRefused()
    {
        var club = Investing(InternalRules.Default with { QuorumPercent = 60 });

        var refusal = Reserve(club.State, new DateOnly(2023, 6, 1), new ClubVote(2, 0, 0)).Refusal;

        Assert.Equal(("vote.quorum", "2 of 5 members voted on 2023-06-01: the club's quorum is 60 % of its members"), (refusal?.Rule, refusal?.Message));
        Assert.False(Reserve(club.State, new DateOnly(2023, 6, 1), new ClubVote(2, 0, 1)).IsRefused);
    }

    [Fact]
    public void TheRulesInForceOnTheDecisionDayApply()
    {
        var club = Investing().Then(state => ClubRules.SetInternalRules(
            state, new SetInternalRules(InternalRules.Default with { Decision = DecisionRule.Unanimity }, new DateOnly(2023, 7, 1)), ClubScenario.Today));

        Assert.False(Reserve(club.State, new DateOnly(2023, 6, 30), new ClubVote(3, 1, 0)).IsRefused);
        Assert.Equal("vote.carries", Reserve(club.State, new DateOnly(2023, 7, 1), new ClubVote(3, 1, 0)).Refusal?.Rule);
    }

    [Theory]
    [InlineData(DecisionRule.QualifiedMajority, 1, 2, 0, 6, "rules.qualified_fraction")]
    [InlineData(DecisionRule.QualifiedMajority, 4, 3, 0, 6, "rules.qualified_fraction")]
    [InlineData(DecisionRule.Majority, 2, 3, 101, 6, "rules.quorum")]
    [InlineData(DecisionRule.Majority, 2, 3, 50, 0, "rules.recruit_months")]
    public void UnsoundRulesAreRefusedAndNothingIsSet(DecisionRule rule, int numerator, int denominator, int quorum, int months, string expected)
    {
        var rules = new InternalRules(rule, numerator, denominator, quorum, BelowMinimumPolicy.RecruitByDeadline, months);

        var decision = ClubRules.SetInternalRules(Investing().State, new SetInternalRules(rules, new DateOnly(2023, 6, 1)), ClubScenario.Today);

        Assert.Equal((expected, 0), (decision.Refusal?.Rule, decision.Events.Count));
    }

    [Fact]
    public void RulesGivenAtRegistrationAreInForceFromTheClubsCreation()
    {
        var rules = InternalRules.Default with { Decision = DecisionRule.Unanimity, QuorumPercent = 50 };
        var registered = ClubRules.Register(ClubState.Initial, "c", new RegisterClub("Solartois Ter", "Arras", "62", "CUA", ClubScenario.Created, Rules: rules), DateTimeOffset.UnixEpoch.AddYears(55));
        var state = registered.Events.Aggregate(ClubState.Initial, (current, @event) => current.Apply(@event));

        Assert.Equal(rules, state.RulesOn(ClubScenario.Created));
        Assert.Equal(InternalRules.Default, ClubState.Initial.RulesOn(ClubScenario.Created));
    }
}
