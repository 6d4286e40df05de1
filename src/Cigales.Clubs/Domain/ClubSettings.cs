namespace Cigales.Clubs.Domain;

/// <summary>
/// The numbers a club's rules depend on (DOMAIN.md, "Clubs"), configurable in the section
/// <c>Clubs</c>: 5 to 20 members, a joint ownership of 5 years renewable up to 10, a manager
/// elected for one year.
/// </summary>
public sealed record ClubSettings
{
    public const string Section = "Clubs";

    public int MinMembers { get; init; } = 5;

    public int MaxMembers { get; init; } = 20;

    public int TermYears { get; init; } = 5;

    public int MaxTermYears { get; init; } = 10;

    public int ManagerMandateYears { get; init; } = 1;

    public int MaxTermRenewals => (MaxTermYears / TermYears) - 1;
}
