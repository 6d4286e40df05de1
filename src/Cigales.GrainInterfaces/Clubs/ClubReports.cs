namespace Cigales.GrainInterfaces.Clubs;

[GenerateSerializer]
public enum ClubStatus
{
    Forming,
    Investing,
    Managing,
    Dissolved,
}

[GenerateSerializer, Immutable]
public sealed record ClubSnapshot(
    [property: Id(0)] string ClubId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Commune,
    [property: Id(3)] string Department,
    [property: Id(4)] string Territory,
    [property: Id(5)] ClubStatus Status,
    [property: Id(6)] DateTimeOffset RegisteredAt,
    [property: Id(7)] DateOnly CreatedOn,
    [property: Id(8)] string RenewsClubId);

/// <summary>Everything a club's page shows, as of <see cref="AsOf"/>.</summary>
/// <param name="Members">Everyone who has been a member by then, current or not.</param>
/// <param name="Term">The joint-ownership term; null until the club starts investing.</param>
[GenerateSerializer, Immutable]
public sealed record ClubPage(
    [property: Id(0)] ClubSnapshot Club,
    [property: Id(1)] DateOnly AsOf,
    [property: Id(2)] ClubStatus StatusAsOf,
    [property: Id(3)] IReadOnlyList<StatusChange> History,
    [property: Id(4)] TermView? Term,
    [property: Id(5)] IReadOnlyList<MemberLine> Members,
    [property: Id(6)] IReadOnlyList<OfficerLine> Officers,
    [property: Id(7)] SavingsView Savings,
    [property: Id(8)] IReadOnlyList<SponsorshipView> Sponsorships);

[GenerateSerializer, Immutable]
public sealed record StatusChange(
    [property: Id(0)] ClubStatus From,
    [property: Id(1)] ClubStatus To,
    [property: Id(2)] DateOnly On,
    [property: Id(3)] string Reason);

/// <param name="Renewals">How many times the term was renewed (once at most).</param>
[GenerateSerializer, Immutable]
public sealed record TermView(
    [property: Id(0)] DateOnly Start,
    [property: Id(1)] DateOnly End,
    [property: Id(2)] int Renewals,
    [property: Id(3)] bool Expired);

/// <param name="ShareCents">The member's share of the club's savings (pro rata of contributions).</param>
[GenerateSerializer, Immutable]
public sealed record MemberLine(
    [property: Id(0)] string MemberId,
    [property: Id(1)] DateOnly JoinedOn,
    [property: Id(2)] DateOnly? LeftOn,
    [property: Id(3)] bool Current,
    [property: Id(4)] long MonthlyPledgeCents,
    [property: Id(5)] long ContributedCents,
    [property: Id(6)] long ArrearsCents,
    [property: Id(7)] long ShareCents);

[GenerateSerializer, Immutable]
public sealed record OfficerLine(
    [property: Id(0)] OfficerRole Role,
    [property: Id(1)] string MemberId,
    [property: Id(2)] DateOnly Since,
    [property: Id(3)] DateOnly? MandateEndsOn,
    [property: Id(4)] bool MandateExpired);

/// <param name="ClubSavingsCents">What the club owns: cash, funds set aside and stakes held.</param>
[GenerateSerializer, Immutable]
public sealed record SavingsView(
    [property: Id(0)] long ContributionsCents,
    [property: Id(1)] long AvailableFundsCents,
    [property: Id(2)] long CommittedCents,
    [property: Id(3)] long StakesHeldCents,
    [property: Id(4)] long GainsCents,
    [property: Id(5)] long ClubSavingsCents);

[GenerateSerializer, Immutable]
public sealed record SponsorshipView(
    [property: Id(0)] string EnterpriseId,
    [property: Id(1)] IReadOnlyList<string> SponsorIds,
    [property: Id(2)] DateOnly Since,
    [property: Id(3)] IReadOnlyList<FollowUpView> FollowUps);

[GenerateSerializer, Immutable]
public sealed record FollowUpView(
    [property: Id(0)] DateOnly On,
    [property: Id(1)] string AuthorId,
    [property: Id(2)] string Note);

[GenerateSerializer, Immutable]
public sealed record ContributionReceipt(
    [property: Id(0)] string Key,
    [property: Id(1)] string MemberId,
    [property: Id(2)] YearMonth Month,
    [property: Id(3)] long AmountCents,
    [property: Id(4)] DateOnly PaidOn);

[GenerateSerializer, Immutable]
public sealed record ArrearsReport(
    [property: Id(0)] DateOnly AsOf,
    [property: Id(1)] IReadOnlyList<ArrearsLine> Lines,
    [property: Id(2)] long TotalArrearsCents);

/// <param name="DueCents">Pledged for the months due by then while a member.</param>
/// <param name="PaidCents">Contributed for those months.</param>
[GenerateSerializer, Immutable]
public sealed record ArrearsLine(
    [property: Id(0)] string MemberId,
    [property: Id(1)] long DueCents,
    [property: Id(2)] long PaidCents,
    [property: Id(3)] long ArrearsCents);

[GenerateSerializer, Immutable]
public sealed record LedgerReport(
    [property: Id(0)] DateOnly AsOf,
    [property: Id(1)] IReadOnlyList<LedgerLine> Balances,
    [property: Id(2)] IReadOnlyList<LedgerMovement> Movements);

/// <summary>An amount on an account: a posting of a movement, or an account's balance.</summary>
/// <param name="Cents">Debit positive, credit negative: the postings of a movement, and all balances, sum to zero.</param>
[GenerateSerializer, Immutable]
public sealed record LedgerLine([property: Id(0)] string Account, [property: Id(1)] long Cents);

[GenerateSerializer, Immutable]
public sealed record LedgerMovement(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Key,
    [property: Id(2)] DateOnly On,
    [property: Id(3)] IReadOnlyList<LedgerLine> Postings);

[GenerateSerializer]
public enum FundsMovementKind
{
    Reserved,
    Disbursed,
    Released,
    Returned,
    WrittenOff,
}

[GenerateSerializer, Immutable]
public sealed record FundsMovement(
    [property: Id(0)] FundsMovementKind Kind,
    [property: Id(1)] string Key,
    [property: Id(2)] string InvestmentId,
    [property: Id(3)] long AmountCents,
    [property: Id(4)] DateOnly On,
    [property: Id(5)] long AvailableFundsAfterCents);
