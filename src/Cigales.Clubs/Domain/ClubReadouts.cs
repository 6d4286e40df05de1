namespace Cigales.Clubs.Domain;

public enum ClubStatus
{
    Forming,
    Investing,
    Managing,
    Dissolved,
}

public sealed record ClubSnapshot(
    string ClubId,
    string Name,
    string Commune,
    string Department,
    string Territory,
    ClubStatus Status,
    DateTimeOffset RegisteredAt,
    DateOnly CreatedOn,
    string RenewsClubId);

/// <summary>Everything a club's page shows, as of <see cref="AsOf"/>.</summary>
/// <param name="Members">Everyone who has been a member by then, current or not.</param>
/// <param name="Term">The joint-ownership term; null until the club starts investing.</param>
public sealed record ClubPage(
    ClubSnapshot Club,
    DateOnly AsOf,
    ClubStatus StatusAsOf,
    IReadOnlyList<StatusChange> History,
    TermView? Term,
    IReadOnlyList<MemberLine> Members,
    IReadOnlyList<OfficerLine> Officers,
    SavingsView Savings,
    IReadOnlyList<SponsorshipView> Sponsorships);

public sealed record StatusChange(
    ClubStatus From,
    ClubStatus To,
    DateOnly On,
    string Reason);

/// <param name="Renewals">How many times the term was renewed (once at most).</param>
public sealed record TermView(
    DateOnly Start,
    DateOnly End,
    int Renewals,
    bool Expired);

/// <param name="ShareCents">The member's share of the club's savings (pro rata of contributions).</param>
public sealed record MemberLine(
    string MemberId,
    DateOnly JoinedOn,
    DateOnly? LeftOn,
    bool Current,
    long MonthlyPledgeCents,
    long ContributedCents,
    long ArrearsCents,
    long ShareCents);

public sealed record OfficerLine(
    OfficerRole Role,
    string MemberId,
    DateOnly Since,
    DateOnly? MandateEndsOn,
    bool MandateExpired);

/// <param name="ClubSavingsCents">What the club owns: cash, funds set aside and stakes held.</param>
public sealed record SavingsView(
    long ContributionsCents,
    long AvailableFundsCents,
    long CommittedCents,
    long StakesHeldCents,
    long GainsCents,
    long ClubSavingsCents);

public sealed record SponsorshipView(
    string EnterpriseId,
    IReadOnlyList<string> SponsorIds,
    DateOnly Since,
    IReadOnlyList<FollowUpView> FollowUps);

public sealed record FollowUpView(
    DateOnly On,
    string AuthorId,
    string Note);

public sealed record ContributionReceipt(
    string Key,
    string MemberId,
    YearMonth Month,
    long AmountCents,
    DateOnly PaidOn);

public sealed record ArrearsReport(
    DateOnly AsOf,
    IReadOnlyList<ArrearsLine> Lines,
    long TotalArrearsCents);

/// <param name="DueCents">Pledged for the months due by then while a member.</param>
/// <param name="PaidCents">Contributed for those months.</param>
public sealed record ArrearsLine(
    string MemberId,
    long DueCents,
    long PaidCents,
    long ArrearsCents);

public sealed record LedgerReport(
    DateOnly AsOf,
    IReadOnlyList<LedgerLine> Balances,
    IReadOnlyList<LedgerMovement> Movements);

/// <summary>An amount on an account: a posting of a movement, or an account's balance.</summary>
/// <param name="Cents">Debit positive, credit negative: the postings of a movement, and all balances, sum to zero.</param>
public sealed record LedgerLine(string Account, long Cents);

public sealed record LedgerMovement(
    string Kind,
    string Key,
    DateOnly On,
    IReadOnlyList<LedgerLine> Postings);
