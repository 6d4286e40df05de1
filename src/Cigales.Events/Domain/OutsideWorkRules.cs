using Cigales.GrainInterfaces.Grants;
using Cigales.SharedKernel;

namespace Cigales.Events.Domain;

/// <summary>
/// The rules time spent outside events must pass: pure functions of the state, the command, the
/// conventions' facts the grain gathers (which axes exist, which periods they cover) and the day.
/// </summary>
public static class OutsideWorkRules
{
    /// <param name="unknownAxes">The entries' axes that no convention has.</param>
    /// <param name="periods">The period of each convention the entries name (those that exist).</param>
    public static Decision<OutsideWorkHappening> Record(
        OutsideWorkState state, string workId, RecordOutsideWork command, IReadOnlyCollection<ConventionAxis> unknownAxes,
        IReadOnlyDictionary<string, ConventionPeriod> periods, DateTimeOffset now, DateOnly today)
    {
        var details = command with { Description = command.Description.Trim(), Entries = TimeEntries.Normalised(command.Entries) };
        if (state.Recording is { } first)
        {
            // The same record again is a retry of the same request: answer it, change nothing.
            return Same(first.Details, details)
                ? Decision<OutsideWorkHappening>.Accept()
                : Refusal.Conflict("request_id", "outside_work.request_reused", $"request_id already recorded '{first.Details.Description}' with other details");
        }

        var problems = new List<Refusal>();
        if (details.Description.Length == 0)
        {
            problems.Add(Refusal.Invalid("description", "outside_work.description_required", "say what the work was"));
        }

        if (details.End < details.Start)
        {
            problems.Add(Refusal.Invalid("dates.end", "period.end_not_before_start", $"dates.end {Iso(details.End)} is before dates.start {Iso(details.Start)}"));
        }
        else if (details.End > today)
        {
            problems.Add(Refusal.Invalid("dates.end", "date.not_future", $"dates.end {Iso(details.End)} is in the future: time is recorded once spent"));
        }

        problems.AddRange(TimeEntries.Problems(details.Entries, unknownAxes));
        for (var i = 0; i < details.Entries.Count; i++)
        {
            var axis = details.Entries[i].Axis;
            if (periods.GetValueOrDefault(axis.ConventionId) is { } period && details.End >= details.Start && !period.Holds(details.Start, details.End))
            {
                problems.Add(Refusal.Invalid(
                    $"entries[{i}].axis", "outside_work.in_convention_period",
                    $"the work of {Iso(details.Start)} to {Iso(details.End)} does not lie in the period of convention '{axis.ConventionId}', {Iso(period.Start)} to {Iso(period.End)}"));
            }
        }

        return problems.Count > 0
            ? Decision<OutsideWorkHappening>.Refuse(problems)
            : Decision<OutsideWorkHappening>.Accept(new OutsideWorkRecorded(workId, details, now));
    }

    private static bool Same(RecordOutsideWork a, RecordOutsideWork b) =>
        a with { Entries = [] } == b with { Entries = [] } && a.Entries.SequenceEqual(b.Entries);

    private static string Iso(DateOnly date) => CalendarDate.ToIso(date);
}
