using Cigales.Events.Domain;
using Cigales.Events.Tests.Domain;
using Cigales.ServiceKit.Storage;
using Marten;

namespace Cigales.Events.Tests;

/// <summary>Events stored before attendance by place and reasons for time on a cancelled event read back whole.</summary>
public sealed class StoredDataStillLoads
{
    private static readonly ISerializer Stored = new StoreOptions().UseCigalesConventions().Serializer();

    private static T Read<T>(string json) => (T)Stored.FromJson(typeof(T), new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void AnAttendanceStoredAsOneCountReadsBackWithNoPlaces()
    {
        var read = Read<AttendanceRecorded>("""
            {"Attendance":{"ProjectsAnnounced":5,"ProjectsPresent":2,"Holders":2,"Volunteers":1,"Staff":1,"Others":0,"Total":4},"CheckedIn":["r1"],"Outcome":"2 orientés"}
            """);

        var held = EventStates.Scheduled(EventStates.Workshop).Apply(read).ToSnapshot()!;

        Assert.Equal((4, 0), (held.Attendance!.Total, held.AttendanceByPlace.Count));
    }

    [Fact]
    public void TimeSpentStoredWithoutAReasonReadsBackWithNone()
    {
        var read = Read<TimeSpentRecorded>("""
            {"Key":"k","Entries":[{"Person":"Marie","StaffDays":0.5,"VolunteerHours":0,"Axis":{"ConventionId":"c","Axis":3}}]}
            """);

        var state = EventStates.Scheduled(EventStates.Workshop).Apply(read);

        Assert.Null(read.Reason);
        Assert.Empty(state.ToSnapshot()!.TimeSpentReasons);
        Assert.Equal(0.5m, Assert.Single(state.ToSnapshot()!.TimeSpent).StaffDays);
    }
}
