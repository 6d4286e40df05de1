using Cigales.SharedKernel;

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
/// <param name="Rules">The club's internal rules in force that day.</param>
/// <param name="RecruitBy">The deadline to recruit back to the minimum, while one runs.</param>
public sealed record ClubPage(
    ClubSnapshot Club,
    DateOnly AsOf,
    ClubStatus StatusAsOf,
    IReadOnlyList<StatusChange> History,
    TermView? Term,
    IReadOnlyList<MemberLine> Members,
    IReadOnlyList<OfficerLine> Officers,
    SavingsView Savings,
    IReadOnlyList<SponsorshipView> Sponsorships,
    InternalRules Rules,
    DateOnly? RecruitBy);

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

/// <param name="Share">The member's share of the club's savings (pro rata of contributions).</param>
/// <param name="Settlement">How their share was bought when they left; null while they keep it.</param>
public sealed record MemberLine(
    string MemberId,
    DateOnly JoinedOn,
    DateOnly? LeftOn,
    bool Current,
    Money MonthlyPledge,
    Money Contributed,
    Money Arrears,
    Money Share,
    SettlementView? Settlement);

/// <summary>How a departed member's share was bought, what they were owed, and when.</summary>
public sealed record SettlementView(
    SettlementKind Kind,
    ShareValue Value,
    Money Owed,
    string BuyerId,
    DateOnly On);

public sealed record OfficerLine(
    OfficerRole Role,
    string MemberId,
    DateOnly Since,
    DateOnly? MandateEndsOn,
    bool MandateExpired);

/// <param name="ClubSavings">What the club owns: cash, funds set aside and stakes held.</param>
public sealed record SavingsView(
    Money Contributions,
    Money AvailableFunds,
    Money Committed,
    Money StakesHeld,
    Money Gains,
    Money ClubSavings);

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
    Money Amount,
    DateOnly PaidOn);

public sealed record ArrearsReport(
    DateOnly AsOf,
    IReadOnlyList<ArrearsLine> Lines,
    Money TotalArrears);

/// <param name="Due">Pledged for the months due by then while a member.</param>
/// <param name="Paid">Contributed for those months.</param>
public sealed record ArrearsLine(
    string MemberId,
    Money Due,
    Money Paid,
    Money Arrears);

public sealed record LedgerReport(
    DateOnly AsOf,
    IReadOnlyList<LedgerLine> Balances,
    IReadOnlyList<LedgerMovement> Movements);

/// <summary>An amount on an account: a posting of a movement, or an account's balance.</summary>
/// <param name="Cents">
/// Debit positive, credit negative: the postings of a movement, and all balances, sum to zero.
/// A number of cents rather than a <see cref="Money"/>: postings are stored in the club's events
/// under the name <c>Cents</c>, and the store names a <see cref="Money"/> property after itself
/// with <c>Cents</c> added (<c>Amount</c> would be stored as <c>AmountCents</c>), so no Money
/// property keeps that name.
/// </param>
public sealed record LedgerLine(string Account, long Cents)
{
    /// <summary>
    /// The posting as an amount, for the arithmetic. Internal, so that it stays out of the
    /// stored shape: the serializer's contract lists a public property even under
    /// <c>[JsonIgnore]</c>, and this one would show up as an <c>AmountCents</c> beside <see cref="Cents"/>.
    /// </summary>
    internal Money Amount => Money.FromCents(Cents);

    /// <summary>A posting of an amount: the ledger is kept in euros, as its stored cents imply.</summary>
    public static LedgerLine Of(string account, Money amount) =>
        amount.Currency == Currency.EUR
            ? new(account, amount.Cents)
            : throw new InvalidOperationException($"{amount}: the club's ledger is kept in euros");
}

public sealed record LedgerMovement(
    string Kind,
    string Key,
    DateOnly On,
    IReadOnlyList<LedgerLine> Postings);
