using Cigales.GrainInterfaces.Grants;
using Cigales.SharedKernel;

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
    /// <summary>The events whose first day falls in the period, as the reports count them, by day.</summary>
    Task<IReadOnlyList<EventFacts>> EventsAsync(DateOnly from, DateOnly to);

    /// <summary>The work outside events whose first day falls in the period, by day.</summary>
    Task<IReadOnlyList<OutsideWorkFacts>> OutsideWorkAsync(DateOnly from, DateOnly to);
}

public sealed record ClubsYear(
    int Year,
    DateOnly AsOf,
    string Department,
    int Forming,
    int Investing,
    int InvestingDuringYear,
    int Managing,
    int ManagingDuringYear,
    int Members,
    int MembersOfInvestingClubs,
    decimal AverageMembersPerClub,
    int CreatedDuringYear);

public sealed record ClubCreated(
    string ClubId,
    string Name,
    string Department,
    DateOnly CreatedOn);

/// <param name="Welcomed">Project holders welcomed in the period (first contact).</param>
/// <param name="Studied">Project holders whose project a club studied in the period.</param>
/// <param name="Financed">Project holders financed in the period.</param>
/// <param name="EnterprisesHeld">Enterprises the clubs still hold something of at the period's end.</param>
/// <param name="Rows">The investments made, one row per enterprise.</param>
public sealed record FinancePeriod(
    int Welcomed,
    int Studied,
    int Financed,
    int Investments,
    Money Amount,
    int EnterprisesFinanced,
    int EnterprisesHeld,
    IReadOnlyList<InvestmentRow> Rows);

public sealed record InvestmentRow(
    string Enterprise,
    string Activity,
    string LegalForm,
    string Town,
    string Department,
    Money Amount,
    IReadOnlyList<string> Clubs);

/// <summary>An event as the reports count it.</summary>
/// <param name="Kind">The kind of event, by name (webinar, workshop…): the reports count by kind.</param>
/// <param name="Axis">The convention's axis it is attributed to; null for none.</param>
/// <param name="People">Everyone present, once held; 0 otherwise.</param>
/// <param name="Holders">The project holders present, once held; 0 otherwise.</param>
public sealed record EventFacts(
    string EventId,
    string Kind,
    string Title,
    DateOnly Start,
    EventOutcome Outcome,
    ConventionAxis? Axis,
    int People,
    int Holders,
    IReadOnlyList<TimeFacts> TimeSpent);

public enum EventOutcome
{
    Planned,
    Held,
    Cancelled,
}

/// <summary>Work that is no event (a newsletter, a partner meeting…) and the time given to it.</summary>
/// <param name="Kind">The kind of work, by name.</param>
public sealed record OutsideWorkFacts(
    string WorkId,
    string Kind,
    string Description,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<TimeFacts> TimeSpent);

/// <summary>Time given to an event or to work outside events, for a convention's axis.</summary>
public sealed record TimeFacts(ConventionAxis Axis, decimal StaffDays, decimal VolunteerHours);
