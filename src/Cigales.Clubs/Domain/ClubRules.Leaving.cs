using Cigales.SharedKernel;

namespace Cigales.Clubs.Domain;

/// <summary>
/// A member leaves (DOMAIN.md "Leaving"): an officer is replaced first; a departure that would
/// leave an investing club below the minimum is refused or accepted with a deadline to recruit, as
/// the club's rules say; the member keeps their share until the liquidation, or it is bought by
/// the other members or by a newcomer, at the value the rules say, recorded in the ledger.
/// </summary>
public static partial class ClubRules
{
    public static Decision<ClubEvent> Leave(ClubState state, LeaveClub command, ClubSettings settings, DateOnly today)
    {
        var settlement = command.Settlement is { Kind: not SettlementKind.Kept } bought ? bought : null;
        if (settlement is not null && Retried<ShareSettled>(state, "settlement", command.Key, out var first))
        {
            return (first.MemberId, first.On, first.Settlement, first.Value, first.BuyerId) == (command.MemberId, command.On, settlement.Kind, settlement.Value, settlement.BuyerId.Trim())
                ? Decision<ClubEvent>.Accept()
                : KeyReused(command.Key, "settled a share of", first.Owed);
        }

        var refusal = First(
            () => MustExist(state),
            () => MustNotBeDissolved(state),
            () => MustBeDated(state, "on", command.On, today),
            () => state.PeriodsOf(command.MemberId).LastOrDefault() is { Left: null }
                ? null
                : Refusal.NotFound("person_id", "member.current", $"{command.MemberId} is not a member of the club"),
            () => state.PeriodsOf(command.MemberId)[^1].Joined > command.On
                ? Refusal.Invalid("on", "member.leave_after_joining", $"on {Iso(command.On)} is before {command.MemberId} joined, on {Iso(state.PeriodsOf(command.MemberId)[^1].Joined)}")
                : null,
            () => state.OfficeOf(command.MemberId) is { } office
                ? Refusal.Precondition("person_id", "member.holds_office", $"{command.MemberId} is the club's {Roles([office.Role])}: name another one before they leave")
                : null,
            () => settlement is null ? null : MaySettle(state, command, settlement));
        if (refusal is not null)
        {
            return refusal;
        }

        var left = BelowMinimum(state, command, settings);
        if (left.Refusal is { } belowMinimum)
        {
            return belowMinimum;
        }

        if (settlement is null)
        {
            return Decision<ClubEvent>.Accept(left.Departure!);
        }

        var settled = SettleShare(state, command, settlement);
        return settled.Owed > state.AvailableFunds && settlement.Kind == SettlementKind.BoughtByMembers
            ? Refusal.Precondition("settlement", "funds.available",
                $"paying {command.MemberId} {settled.Owed} for their share would leave the available funds negative: {state.AvailableFunds} available")
            : Decision<ClubEvent>.Accept(left.Departure!, settled);
    }

    private static Refusal? MaySettle(ClubState state, LeaveClub command, ShareSettlement settlement)
    {
        var buyer = settlement.BuyerId.Trim();
        return First(
            () => command.Key.Trim().Length > 0 ? null : Refusal.Invalid("request_id", "key.required", "request_id is required when a share is bought: money moves"),
            () => settlement.Kind == SettlementKind.BoughtByNewcomer && buyer.Length == 0
                ? Refusal.Invalid("buyer_id", "settlement.buyer", "a share bought by a newcomer names the newcomer")
                : null,
            () => settlement.Kind == SettlementKind.BoughtByMembers && buyer.Length > 0
                ? Refusal.Invalid("buyer_id", "settlement.buyer", "a share bought by the other members names no buyer: the club pays from its cash")
                : null,
            () => settlement.Kind == SettlementKind.BoughtByNewcomer && (buyer == command.MemberId || !state.IsMemberOn(buyer, command.On))
                ? Refusal.Precondition("buyer_id", "settlement.buyer_member", $"{buyer} must be another member of the club on {Iso(command.On)} to buy the share: join them first")
                : null);
    }

    /// <summary>The departure, with a deadline to recruit when it leaves an investing club below the minimum and its rules accept it.</summary>
    private static (MemberLeft? Departure, Refusal? Refusal) BelowMinimum(ClubState state, LeaveClub command, ClubSettings settings)
    {
        var before = state.MembersOn(command.On).Count;
        var after = before - 1;
        if (state.StatusOn(command.On) != ClubStatus.Investing || after >= settings.MinMembers)
        {
            return (new MemberLeft(command.MemberId, command.On), null);
        }

        var rules = state.RulesOn(command.On);
        if (rules.BelowMinimum == BelowMinimumPolicy.Refuse)
        {
            return (null, Refusal.Precondition("person_id", "club.min_members_kept",
                $"after {command.MemberId} leaves on {Iso(command.On)} the club would have {after} members, fewer than the {settings.MinMembers} an investing club needs: its rules refuse such a departure until it has recruited"));
        }

        // Already below the minimum: the deadline running since then still holds.
        var running = before < settings.MinMembers ? state.Departures.LastOrDefault(departure => departure.RecruitBy is not null)?.RecruitBy : null;
        return (new MemberLeft(command.MemberId, command.On, running ?? command.On.AddMonths(rules.RecruitMonths)), null);
    }

    private static ShareSettled SettleShare(ClubState state, LeaveClub command, ShareSettlement settlement)
    {
        var basis = SavingsShares.Basis(state, command.On).GetValueOrDefault(command.MemberId);
        var owed = settlement.Value == ShareValue.Contributions
            ? basis
            : SavingsShares.Compute(state, command.On).GetValueOrDefault(command.MemberId);
        var savings = -state.Movements
            .Where(movement => movement.On <= command.On)
            .SelectMany(movement => movement.Postings)
            .Where(posting => posting.Account == Ledger.SavingsOf(command.MemberId))
            .Sum(posting => posting.Amount);
        var buyer = settlement.BuyerId.Trim();
        var postings = settlement.Kind == SettlementKind.BoughtByMembers
            ? Ledger.BuyBack(command.MemberId, savings, owed)
            : Ledger.Transfer(command.MemberId, buyer, savings);
        return new ShareSettled(command.Key, command.MemberId, command.On, settlement.Kind, settlement.Value, owed, buyer, basis, postings);
    }
}
