using System.Text.Json;
using Cigales.Events.Domain;
using Cigales.Testing;

namespace Cigales.Events.Tests;

/// <summary>An event of 2024 from the reference file, as the association would record it.</summary>
/// <param name="Attendance">The head counts when it was held: those the file gives, the people it does not type counted as others.</param>
/// <param name="Cancellation">Why it was cancelled, when it was.</param>
public sealed record ReferenceEvent(ScheduleEvent Schedule, Attendance? Attendance, string? Cancellation);

/// <summary>The 2024 events of data/reference/pas-de-calais.json ("events_2024").</summary>
public static class Reference2024
{
    // The file does not give the workshops' video link: any link stands for it.
    private const string VideoLink = "https://visio.example.org/pour-aller-plus-loin";

    public static IReadOnlyList<ReferenceEvent> Events { get; } = Load();

    private static IReadOnlyList<ReferenceEvent> Load()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "data", "reference", "pas-de-calais.json")));
        return file.RootElement.GetProperty("events_2024").EnumerateArray().Select(Event).ToList();
    }

    private static ReferenceEvent Event(JsonElement e)
    {
        var day = DateOnly.ParseExact(e.GetProperty("date").GetString()!, "yyyy-MM-dd");
        var video = e.TryGetProperty("format", out var format) && format.GetString() == "video";
        var places = e.TryGetProperty("places", out var named) ? named.EnumerateArray().Select(place => new Place(place.GetString()!)).ToList() : [];
        var schedule = new ScheduleEvent(Kind(e.GetProperty("kind").GetString()!), e.GetProperty("title").GetString()!, day, day, places, video ? VideoLink : string.Empty);
        var attendance = e.TryGetProperty("attendance", out var counts) ? Counts(counts) : null;
        var cancellation = e.TryGetProperty("cancelled", out var reason) ? reason.GetString() : null;
        return new ReferenceEvent(schedule, attendance, cancellation);
    }

    private static Attendance Counts(JsonElement counts)
    {
        int Count(string name) => counts.TryGetProperty(name, out var value) ? value.GetInt32() : 0;
        var (holders, volunteers, staff) = (Count("holders"), Count("volunteers"), Count("staff"));
        return new Attendance(Count("projects_announced"), Count("projects_present"), holders, volunteers, staff, Count("total") - holders - volunteers - staff);
    }

    private static EventKind Kind(string kind) => kind switch
    {
        "ccf" => EventKind.CigalesCherchentFourmis,
        "workshop" => EventKind.Workshop,
        "entr-citoyens" => EventKind.EntrCitoyens,
        "regional" => EventKind.Regional,
        "inter-club" => EventKind.InterClub,
        "afterwork" => EventKind.Afterwork,
        _ => throw new InvalidDataException($"unknown kind of event '{kind}' in the reference file"),
    };
}
