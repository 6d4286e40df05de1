using Cigales.GrainInterfaces.Events;

namespace Cigales.GrainInterfaces.Reports;

// What the reports (built by the Grants service) read from the other services: each service answers
// from its own read models through one of these stateless grains, so that no service reads
// another's tables. The key is always 0.

/// <summary>The clubs' figures, from the Clubs service.</summary>
public interface IClubsFigures : IGrainWithIntegerKey
{
    /// <summary>The year's figures at its last day (or today, in the current year), for a department or, when empty, the region.</summary>
    Task<ClubsYear> YearAsync(int year, string department);

    /// <summary>The clubs created in a period, for a department or the region.</summary>
    Task<IReadOnlyList<ClubCreated>> CreatedAsync(DateOnly from, DateOnly to, string department);
}

/// <summary>Project holders and investments, from the Finance service.</summary>
public interface IFinanceFigures : IGrainWithIntegerKey
{
    /// <summary>A period's pipeline and investments, for a department or, when empty, the region.</summary>
    Task<FinancePeriod> PeriodAsync(DateOnly from, DateOnly to, string department);
}

/// <summary>The events, from the Events service.</summary>
public interface IEventsFigures : IGrainWithIntegerKey
{
    /// <summary>The events whose first day falls in the period, as recorded.</summary>
    Task<IReadOnlyList<EventSnapshot>> EventsAsync(DateOnly from, DateOnly to);
}

[GenerateSerializer, Immutable]
public sealed record ClubsYear(
    [property: Id(0)] int Year,
    [property: Id(1)] DateOnly AsOf,
    [property: Id(2)] string Department,
    [property: Id(3)] int Forming,
    [property: Id(4)] int Investing,
    [property: Id(5)] int InvestingDuringYear,
    [property: Id(6)] int Managing,
    [property: Id(7)] int ManagingDuringYear,
    [property: Id(8)] int Members,
    [property: Id(9)] int MembersOfInvestingClubs,
    [property: Id(10)] decimal AverageMembersPerClub,
    [property: Id(11)] int CreatedDuringYear);

[GenerateSerializer, Immutable]
public sealed record ClubCreated(
    [property: Id(0)] string ClubId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Department,
    [property: Id(3)] DateOnly CreatedOn);

/// <param name="Welcomed">Project holders welcomed in the period (first contact).</param>
/// <param name="Studied">Project holders whose project a club studied in the period.</param>
/// <param name="Financed">Project holders financed in the period.</param>
/// <param name="EnterprisesHeld">Enterprises the clubs still hold something of at the period's end.</param>
/// <param name="Rows">The investments made, one row per enterprise.</param>
[GenerateSerializer, Immutable]
public sealed record FinancePeriod(
    [property: Id(0)] int Welcomed,
    [property: Id(1)] int Studied,
    [property: Id(2)] int Financed,
    [property: Id(3)] int Investments,
    [property: Id(4)] long AmountCents,
    [property: Id(5)] int EnterprisesFinanced,
    [property: Id(6)] int EnterprisesHeld,
    [property: Id(7)] IReadOnlyList<InvestmentRow> Rows);

[GenerateSerializer, Immutable]
public sealed record InvestmentRow(
    [property: Id(0)] string Enterprise,
    [property: Id(1)] string Activity,
    [property: Id(2)] string LegalForm,
    [property: Id(3)] string Town,
    [property: Id(4)] string Department,
    [property: Id(5)] long AmountCents,
    [property: Id(6)] IReadOnlyList<string> Clubs);
