using Cigales.GrainInterfaces.Clubs;
using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

public static partial class ClubRules
{
    /// <summary>The club's own rules, from a date on: each set dated no earlier than the last.</summary>
    public static Decision<ClubEvent> SetInternalRules(ClubState state, SetInternalRules command, DateOnly today)
    {
        var refusal = First(
            () => MustExist(state),
            () => MustNotBeDissolved(state),
            () => MustBeDated(state, "on", command.On, today),
            () => state.RulesHistory.LastOrDefault() is { } last && command.On < last.On
                ? Refusal.Invalid("on", "rules.in_order", $"on {Iso(command.On)} is before the rules last set, on {Iso(last.On)}")
                : null,
            () => MustBeSound(command.Rules));
        return refusal is not null ? refusal : Decision<ClubEvent>.Accept(new InternalRulesSet(command.Rules, command.On));
    }

    private static Refusal? MustBeSound(InternalRules rules) => First(
        () => rules.Decision == DecisionRule.QualifiedMajority
            && (rules.QualifiedDenominator is < 2 or > 100 || rules.QualifiedNumerator * 2 <= rules.QualifiedDenominator || rules.QualifiedNumerator > rules.QualifiedDenominator)
                ? Refusal.Invalid("qualified_majority", "rules.qualified_fraction",
                    $"a qualified majority is a fraction above one half and at most 1 (e.g. 2/3), not {rules.QualifiedNumerator}/{rules.QualifiedDenominator}")
                : null,
        () => rules.QuorumPercent is < 0 or > 100
            ? Refusal.Invalid("quorum_percent", "rules.quorum", $"the quorum is a percentage of the members, from 0 to 100, not {rules.QuorumPercent}")
            : null,
        () => rules.RecruitMonths is < 1 or > 24
            ? Refusal.Invalid("recruit_months", "rules.recruit_months", $"the time to recruit is 1 to 24 months, not {rules.RecruitMonths}")
            : null);

    /// <summary>
    /// An investment's vote, checked against the club's rules in force on the decision day and
    /// its members that day: no more voters than members, the quorum reached, and the rule met.
    /// </summary>
    /// <summary>Asked before an investment is recorded: whether the club may invest that day and the vote carries, as <see cref="Reserve"/> will check.</summary>
    public static Refusal? CheckVote(ClubState state, ClubVote vote, DateOnly on) =>
        MustExist(state) ?? MayInvestOn(state, on) ?? VoteCarries(state, vote, on);

    private static Refusal? VoteCarries(ClubState state, ClubVote vote, DateOnly on)
    {
        if (vote.For < 0 || vote.Against < 0 || vote.Abstentions < 0)
        {
            return Refusal.Invalid("vote", "vote.counts", "votes are counted from zero up");
        }

        var rules = state.RulesOn(on);
        var members = state.MembersOn(on).Count;
        if (vote.Voters > members)
        {
            return Refusal.Invalid("vote", "vote.voters", $"{vote.Voters} voted but the club had {members} members on {Iso(on)}");
        }

        if (vote.Voters * 100 < rules.QuorumPercent * members)
        {
            return Refusal.Precondition("vote", "vote.quorum",
                $"{vote.Voters} of {members} members voted on {Iso(on)}: the club's quorum is {rules.QuorumPercent} % of its members");
        }

        var carries = rules.Decision switch
        {
            DecisionRule.Majority => vote.For > vote.Against,
            DecisionRule.QualifiedMajority => vote.For > 0 && vote.For * rules.QualifiedDenominator >= rules.QualifiedNumerator * (vote.For + vote.Against),
            _ => vote.For > 0 && vote.Against == 0 && vote.Abstentions == 0,
        };
        return carries
            ? null
            : Refusal.Precondition("vote", "vote.carries",
                $"the vote does not carry by {rules.DescribeDecision()}, the club's rule: {vote.For} for, {vote.Against} against, {vote.Abstentions} abstentions");
    }
}
