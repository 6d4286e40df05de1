using Cigales.GrainInterfaces.Grants;
using Cigales.SharedKernel;

namespace Cigales.Events.Domain;

/// <summary>The rules every entry of time spent passes, on an event or outside events alike.</summary>
public static class TimeEntries
{
    public static IReadOnlyList<TimeEntry> Normalised(IEnumerable<TimeEntry> entries) =>
        entries.Select(entry => entry with { Person = entry.Person.Trim() }).ToList();

    /// <param name="unknownAxes">The entries' axes that no convention has.</param>
    public static IEnumerable<Refusal> Problems(IReadOnlyList<TimeEntry> entries, IReadOnlyCollection<ConventionAxis> unknownAxes)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.StaffDays < 0 || entry.VolunteerHours < 0 || entry.StaffDays + entry.VolunteerHours == 0)
            {
                yield return Refusal.Invalid($"entries[{i}]", "time_spent.positive", "an entry has staff days or volunteer hours, more than zero, none below");
            }

            if (unknownAxes.Contains(entry.Axis))
            {
                yield return Refusal.Invalid($"entries[{i}].axis", "convention.axis_exists", $"convention '{entry.Axis.ConventionId}' has no axis {entry.Axis.Axis}");
            }
        }
    }
}
