namespace Cigales.Clubs.Domain;

/// <summary>How a club decides on an investment (its internal rules, DOMAIN.md "Clubs").</summary>
public enum DecisionRule
{
    /// <summary>More votes for than against; abstentions do not count.</summary>
    Majority,

    /// <summary>At least a fraction (e.g. two thirds) of the votes cast are for; abstentions do not count.</summary>
    QualifiedMajority,

    /// <summary>Everyone who voted, for.</summary>
    Unanimity,
}

/// <summary>What happens when a departure would leave an investing club with fewer members than the minimum.</summary>
public enum BelowMinimumPolicy
{
    /// <summary>The departure is refused until the club has recruited.</summary>
    Refuse,

    /// <summary>The departure is accepted, and the club has a deadline to recruit back to the minimum.</summary>
    RecruitByDeadline,
}

/// <summary>
/// The rules a club sets itself, in force from a date: how it decides (rule, fraction of a
/// qualified majority, quorum as a percentage of the members that day) and whether a departure
/// below the minimum is refused or accepted with a deadline to recruit (in months).
/// </summary>
public sealed record InternalRules(
    DecisionRule Decision,
    int QualifiedNumerator,
    int QualifiedDenominator,
    int QuorumPercent,
    BelowMinimumPolicy BelowMinimum,
    int RecruitMonths)
{
    /// <summary>A club that never set its rules decides by a simple majority, with no quorum, and refuses a departure below the minimum.</summary>
    public static InternalRules Default { get; } = new(DecisionRule.Majority, 2, 3, 0, BelowMinimumPolicy.Refuse, 6);

    public string DescribeDecision() => Decision switch
    {
        DecisionRule.Majority => "majority",
        DecisionRule.QualifiedMajority => $"a {QualifiedNumerator}/{QualifiedDenominator} majority",
        _ => "unanimity",
    };
}
