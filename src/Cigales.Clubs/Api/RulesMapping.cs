using Cigales.Clubs.Domain;
using Cigales.GrainInterfaces;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using C = Cigales.Contracts.Clubs.V1;

namespace Cigales.Clubs.Api;

/// <summary>The club's internal rules and a departing member's settlement, between the contract and the domain.</summary>
internal static class RulesMapping
{
    private static readonly EnumMap<C.DecisionRule, DecisionRule> Decisions = new(
        (C.DecisionRule.Majority, DecisionRule.Majority),
        (C.DecisionRule.QualifiedMajority, DecisionRule.QualifiedMajority),
        (C.DecisionRule.Unanimity, DecisionRule.Unanimity));

    private static readonly EnumMap<C.BelowMinimumPolicy, BelowMinimumPolicy> Policies = new(
        (C.BelowMinimumPolicy.Refuse, BelowMinimumPolicy.Refuse),
        (C.BelowMinimumPolicy.RecruitByDeadline, BelowMinimumPolicy.RecruitByDeadline));

    private static readonly EnumMap<C.SettlementKind, SettlementKind> Settlements = new(
        (C.SettlementKind.Kept, SettlementKind.Kept),
        (C.SettlementKind.BoughtByMembers, SettlementKind.BoughtByMembers),
        (C.SettlementKind.BoughtByNewcomer, SettlementKind.BoughtByNewcomer));

    private static readonly EnumMap<C.ShareValue, ShareValue> Values = new(
        (C.ShareValue.Contributions, ShareValue.Contributions),
        (C.ShareValue.PortfolioShare, ShareValue.PortfolioShare));

    /// <summary>The rules as asked; a time to recruit left at zero is the default's (it only counts with a deadline).</summary>
    public static InternalRules ToDomain(this C.ClubRules rules) => new(
        Decisions.ToDomain(rules.DecisionRule),
        rules.QualifiedNumerator,
        rules.QualifiedDenominator,
        rules.QuorumPercent,
        Policies.ToDomain(rules.BelowMinimum),
        rules.RecruitMonths == 0 ? InternalRules.Default.RecruitMonths : rules.RecruitMonths);

    public static C.ClubRules ToContract(this InternalRules rules) => new()
    {
        DecisionRule = Decisions.ToContract(rules.Decision),
        QualifiedNumerator = rules.QualifiedNumerator,
        QualifiedDenominator = rules.QualifiedDenominator,
        QuorumPercent = rules.QuorumPercent,
        BelowMinimum = Policies.ToContract(rules.BelowMinimum),
        RecruitMonths = rules.RecruitMonths,
    };

    public static LeaveClub ToCommand(this C.LeaveClubRequest request)
    {
        var on = RequestValues.Date("on", request.On);
        if (request.Settlement is C.SettlementKind.Unspecified or C.SettlementKind.Kept)
        {
            return new LeaveClub(request.PersonId, on);
        }

        if (request.Value == C.ShareValue.Unspecified)
        {
            throw new RefusedException(Refusal.Invalid("value", "settlement.value", "a bought share says at what value: its contributions or its share of the portfolio"));
        }

        return new LeaveClub(
            request.PersonId,
            on,
            new ShareSettlement(Settlements.ToDomain(request.Settlement), Values.ToDomain(request.Value), request.BuyerId),
            RequestValues.Key(request.RequestId));
    }

    public static C.ShareSettlement ToContract(this SettlementView settled) => new()
    {
        Kind = Settlements.ToContract(settled.Kind),
        Value = Values.ToContract(settled.Value),
        Owed = settled.Owed.ToContract(),
        BuyerId = settled.BuyerId,
        On = CalendarDate.ToIso(settled.On),
    };
}
