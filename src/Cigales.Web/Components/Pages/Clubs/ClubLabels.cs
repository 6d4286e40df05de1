using Cigales.Contracts.Clubs.V1;

namespace Cigales.Web.Components.Pages.Clubs;

/// <summary>The clubs' words in French, as the network says them.</summary>
public static class ClubLabels
{
    public static string Status(ClubStatus status) => status switch
    {
        ClubStatus.Forming => "En constitution",
        ClubStatus.Investing => "En investissement",
        ClubStatus.Managing => "En gestion",
        ClubStatus.Dissolved => "Dissous",
        _ => "Inconnu",
    };

    public static string Office(OfficerRole role) => role switch
    {
        OfficerRole.Manager => "Gérant·e",
        OfficerRole.Treasurer => "Trésorier·ère",
        OfficerRole.Secretary => "Secrétaire",
        _ => "Membre",
    };

    /// <summary>A change of the club's history, as its event is named, in French.</summary>
    public static string Change(string kind) => kind switch
    {
        "ClubRegistered" => "Club enregistré",
        "ClubStatusChanged" => "Statut changé",
        "JointOwnershipStarted" => "Indivision commencée",
        "JointOwnershipRenewed" => "Indivision renouvelée",
        "MemberJoined" => "Adhésion d'un membre",
        "MemberLeft" => "Départ d'un membre",
        "OfficerAssigned" => "Nomination au bureau",
        "ManagerMandateRenewed" => "Mandat du ou de la gérant·e renouvelé",
        "PledgeSet" => "Versement mensuel fixé",
        "SponsorsNamed" => "Parrains nommés",
        "FollowUpNoted" => "Note de suivi",
        "ContributionRecorded" => "Versement enregistré",
        "FundsReserved" => "Fonds réservés pour un investissement",
        "DisbursementConfirmed" => "Décaissement",
        "ReservationReleased" => "Réservation libérée",
        "FundsReturned" => "Remboursement ou cession",
        "StakeWrittenOff" => "Perte constatée",
        "SavingsPaidOut" => "Épargne reversée aux membres",
        "InternalRulesSet" => "Règlement intérieur fixé",
        "ShareSettled" => "Part d'un membre sortant rachetée",
        "AccessRefused" => "Accès refusé",
        _ => "Autre changement",
    };

    public static string Decision(ClubRules rules) => rules.DecisionRule == DecisionRule.QualifiedMajority
        ? $"{DecisionRuleName(rules.DecisionRule)} ({rules.QualifiedNumerator}/{rules.QualifiedDenominator} des voix exprimées)"
        : DecisionRuleName(rules.DecisionRule);

    public static string DecisionRuleName(DecisionRule rule) => rule switch
    {
        DecisionRule.QualifiedMajority => "Majorité qualifiée",
        DecisionRule.Unanimity => "Unanimité",
        _ => "Majorité simple",
    };

    public static string BelowMinimum(BelowMinimumPolicy policy) => policy switch
    {
        BelowMinimumPolicy.RecruitByDeadline => "Accepté, avec un délai pour recruter",
        _ => "Refusé tant que le club n'a pas recruté",
    };

    public static string Settlement(SettlementKind kind) => kind switch
    {
        SettlementKind.BoughtByMembers => "Rachetée par les autres membres",
        SettlementKind.BoughtByNewcomer => "Rachetée par un nouveau membre",
        _ => "Conservée jusqu'à la liquidation",
    };

    public static string Value(ShareValue value) => value switch
    {
        ShareValue.PortfolioShare => "Au prorata de l'épargne du club",
        _ => "À la valeur des versements",
    };

    public static IReadOnlyList<DecisionRule> DecisionRules { get; } = [DecisionRule.Majority, DecisionRule.QualifiedMajority, DecisionRule.Unanimity];

    public static IReadOnlyList<BelowMinimumPolicy> BelowMinimumPolicies { get; } = [BelowMinimumPolicy.Refuse, BelowMinimumPolicy.RecruitByDeadline];

    public static IReadOnlyList<SettlementKind> Settlements { get; } = [SettlementKind.Kept, SettlementKind.BoughtByMembers, SettlementKind.BoughtByNewcomer];

    public static IReadOnlyList<ShareValue> Values { get; } = [ShareValue.Contributions, ShareValue.PortfolioShare];

    public static IReadOnlyList<ClubStatus> Statuses { get; } = [ClubStatus.Forming, ClubStatus.Investing, ClubStatus.Managing, ClubStatus.Dissolved];

    public static IReadOnlyList<OfficerRole> Offices { get; } = [OfficerRole.Manager, OfficerRole.Treasurer, OfficerRole.Secretary];
}
