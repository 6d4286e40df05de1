using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

public static partial class ClubRules
{
    public static Decision<ClubEvent> SetPledge(ClubState state, SetPledge command)
    {
        var refusal = First(
            () => MustExist(state),
            () => MustNotBeDissolved(state),
            () => command.Monthly.IsNegative
                ? Refusal.Invalid("monthly.cents", "pledge.not_negative", $"a monthly pledge cannot be negative, not {command.Monthly.Cents}")
                : null,
            () => state.IsMemberDuring(command.MemberId, command.From)
                ? null
                : Refusal.Precondition("person_id", "member.during_month", $"{command.MemberId} is not a member of the club in {command.From}"));
        return refusal is not null
            ? refusal
            : Decision<ClubEvent>.Accept(new PledgeSet(command.MemberId, command.Monthly, command.From));
    }

    /// <summary>
    /// A member's contribution for a month, once per key: the same key again is a retry (nothing
    /// changes, the first receipt is answered), the same key with another contribution is refused.
    /// Only a forming or investing club collects savings.
    /// </summary>
    public static Decision<ClubEvent> RecordContribution(ClubState state, RecordContribution command, DateOnly today)
    {
        if (state.Outcomes.GetValueOrDefault(ClubState.OutcomeKey("contribution", command.Key)) is ContributionRecorded first)
        {
            return (first.MemberId, first.Month, first.Amount, first.PaidOn) == (command.MemberId, command.Month, command.Amount, command.PaidOn)
                ? Decision<ClubEvent>.Accept()
                : Refusal.Conflict("request_id", "contribution.key_reused",
                    $"this key already recorded {first.Amount} from {first.MemberId} for {first.Month}");
        }

        var refusal = First(
            () => MustExist(state),
            () => state.Status is ClubStatus.Forming or ClubStatus.Investing
                ? null
                : Refusal.Precondition(string.Empty, "club.collects", $"{WithArticle(state.Status)} club collects no savings"),
            () => MustBePositive("amount.cents", command.Amount),
            () => MustBeDated(state, "paid_on", command.PaidOn, today),
            () => state.IsMemberDuring(command.MemberId, command.Month)
                ? null
                : Refusal.Precondition("person_id", "member.during_month", $"{command.MemberId} is not a member of the club in {command.Month}"));
        return refusal is not null
            ? refusal
            : Decision<ClubEvent>.Accept(new ContributionRecorded(
                command.Key, command.MemberId, command.Month, command.Amount, command.PaidOn, Ledger.Contribution(command.MemberId, command.Amount)));
    }
}
