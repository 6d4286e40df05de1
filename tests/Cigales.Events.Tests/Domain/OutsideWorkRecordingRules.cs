using Cigales.Events.Domain;
using Cigales.GrainInterfaces.Grants;
using static Cigales.Events.Tests.Domain.EventStates;

namespace Cigales.Events.Tests.Domain;

public sealed class OutsideWorkRecordingRules
{
    private static readonly ConventionAxis Axis1 = new("c2025", 1);

    private static readonly IReadOnlyDictionary<string, ConventionPeriod> Periods =
        new Dictionary<string, ConventionPeriod> { ["c2025"] = new(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)) };

    /// <summary>The March 2025 newsletter: half a staff day and 6 volunteer hours over a week, for axis 1.</summary>
    private static readonly RecordOutsideWork Newsletter = new(
        OutsideWorkKind.Newsletter, " Lettre d'information de mars ", new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 7),
        [new TimeEntry(" Marie ", 0.5m, 0, Axis1), new TimeEntry("", 0, 6, Axis1)]);

    private static Decision Record(OutsideWorkState state, RecordOutsideWork command, params ConventionAxis[] unknownAxes) =>
        new(OutsideWorkRules.Record(state, "w", command, unknownAxes, Periods, Now, Today));

    private sealed record Decision(SharedKernel.Decision<OutsideWorkHappening> Inner)
    {
        public OutsideWorkState Then(OutsideWorkState state)
        {
            Assert.False(Inner.IsRefused, Inner.Refusal?.Message);
            return Inner.Events.Aggregate(state, (current, happening) => current.Apply(happening));
        }

        public IEnumerable<(string, string)> Refusals => Inner.Refusals.Select(r => (r.Field, r.Rule));
    }

    [Fact]
    public void ANewsletterIsRecordedDatedWithWhatItWasForItsAxis()
    {
        var work = Record(OutsideWorkState.Initial, Newsletter).Then(OutsideWorkState.Initial).ToSnapshot()!;

        Assert.Equal(("w", OutsideWorkKind.Newsletter, "Lettre d'information de mars"), (work.WorkId, work.Kind, work.Description));
        Assert.Equal((new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 7)), (work.Start, work.End));
        Assert.Equal(["Marie", ""], work.Entries.Select(entry => entry.Person));
    }

    [Fact]
    public void TheSameRequestAgainRecordsNothingAndOtherDetailsUnderItsKeyAreRefused()
    {
        var recorded = Record(OutsideWorkState.Initial, Newsletter).Then(OutsideWorkState.Initial);

        Assert.Empty(Record(recorded, Newsletter).Inner.Events);
        Assert.Equal([("request_id", "outside_work.request_reused")], Record(recorded, Newsletter with { Entries = [new TimeEntry("", 1, 0, Axis1)] }).Refusals);
    }

    [Fact]
    public void WorkOutsideTheConventionsPeriodIsRefusedNamingTheEntry()
    {
        var december = Newsletter with { Start = new DateOnly(2024, 12, 20), End = new DateOnly(2025, 1, 3) };

        var decision = Record(OutsideWorkState.Initial, december);

        Assert.Equal([("entries[0].axis", "outside_work.in_convention_period"), ("entries[1].axis", "outside_work.in_convention_period")], decision.Refusals);
        Assert.Contains("2025-01-01 to 2025-12-31", decision.Inner.Refusal!.Message, StringComparison.Ordinal);
        Assert.Empty(decision.Inner.Events);
    }

    [Fact]
    public void WorkIsSaidDatedOnceDoneAndWithTimeOnRealAxes()
    {
        var blank = Newsletter with { Description = "  ", End = new DateOnly(2025, 3, 1) };
        var future = Newsletter with { Start = Today, End = Today.AddDays(1) };
        var nothing = Newsletter with { Entries = [new TimeEntry("", 0, 0, Axis1), new TimeEntry("", 1, 0, new ConventionAxis("c2025", 9))] };

        Assert.Equal([("description", "outside_work.description_required"), ("dates.end", "period.end_not_before_start")], Record(OutsideWorkState.Initial, blank).Refusals);
        Assert.Contains(("dates.end", "date.not_future"), Record(OutsideWorkState.Initial, future).Refusals);
        Assert.Equal([("entries[0]", "time_spent.positive"), ("entries[1].axis", "convention.axis_exists")],
            Record(OutsideWorkState.Initial, nothing, new ConventionAxis("c2025", 9)).Refusals);
    }
}
