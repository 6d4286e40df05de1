using Cigales.Contracts.Events.V1;

namespace Cigales.Web.Components.Pages.Evenements;

/// <summary>A line of time spent as typed: who, how much, for which convention's axis.</summary>
public sealed class TimeEntryLine
{
    public string Person { get; set; } = string.Empty;

    public double StaffDays { get; set; }

    public double VolunteerHours { get; set; }

    public string ConventionId { get; set; } = string.Empty;

    public int Axis { get; set; }

    public TimeEntry ToContract() => new()
    {
        Person = Person.Trim(),
        StaffDays = StaffDays,
        VolunteerHours = VolunteerHours,
        Axis = new ConventionAxis { ConventionId = ConventionId.Trim(), Axis = Axis },
    };
}
