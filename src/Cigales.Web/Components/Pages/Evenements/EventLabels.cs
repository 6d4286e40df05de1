using System.Globalization;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Web.Formatting;

namespace Cigales.Web.Components.Pages.Evenements;

/// <summary>The events' words in French, as the network says them (docs/GLOSSARY.md).</summary>
public static class EventLabels
{
    private static readonly CultureInfo Culture = WebAppRegistration.French;

    public static string Kind(EventKind kind) => kind switch
    {
        EventKind.CigalesCherchentFourmis => "Cigales cherchent Fourmis",
        EventKind.Workshop => "Atelier « Pour aller plus loin »",
        EventKind.EntrCitoyens => "Entr'Citoyens",
        EventKind.Webinar => "Webinaire",
        EventKind.InterClub => "Réunion inter-clubs (RIC)",
        EventKind.Afterwork => "Afterwork",
        EventKind.AperoCigales => "Apéro-cigales",
        EventKind.Breakfast => "Petit-déjeuner",
        EventKind.Regional => "Événement régional",
        EventKind.Partner => "Événement d'un partenaire",
        EventKind.WorkingGroup => "Groupe de travail",
        EventKind.Other => "Autre",
        _ => "Non précisé",
    };

    public static string OutsideWorkKind(OutsideWorkKind kind) => kind switch
    {
        Contracts.Events.V1.OutsideWorkKind.Newsletter => "Lettre d'information",
        Contracts.Events.V1.OutsideWorkKind.PartnerMeeting => "Réunion de partenaires",
        Contracts.Events.V1.OutsideWorkKind.EnterpriseFollowUp => "Suivi administratif des entreprises financées",
        Contracts.Events.V1.OutsideWorkKind.Administration => "Administration",
        Contracts.Events.V1.OutsideWorkKind.Other => "Autre",
        _ => "Non précisé",
    };

    public static IReadOnlyList<OutsideWorkKind> OutsideWorkKinds { get; } =
    [
        Contracts.Events.V1.OutsideWorkKind.Newsletter, Contracts.Events.V1.OutsideWorkKind.PartnerMeeting, Contracts.Events.V1.OutsideWorkKind.EnterpriseFollowUp,
        Contracts.Events.V1.OutsideWorkKind.Administration, Contracts.Events.V1.OutsideWorkKind.Other,
    ];

    public static string State(EventState state) => state switch
    {
        EventState.Scheduled => "Programmé",
        EventState.Cancelled => "Annulé",
        EventState.Held => "Réalisé",
        _ => "Inconnu",
    };

    public static string Format(EventFormat format) => format switch
    {
        EventFormat.InPerson => "En présentiel",
        EventFormat.Video => "En visio",
        EventFormat.Hybrid => "Hybride (sur place et en visio)",
        _ => "Selon les lieux et le lien",
    };

    public static string RegistrationState(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Confirmed => "Confirmée",
        RegistrationStatus.Waiting => "En liste d'attente",
        RegistrationStatus.Cancelled => "Annulée",
        _ => "Inconnue",
    };

    public static string Registrant(RegistrantKind kind) => kind switch
    {
        RegistrantKind.ProjectHolder => "Porteur de projet",
        RegistrantKind.Citizen => "Citoyen·ne",
        RegistrantKind.ClubMember => "Cigalier·ère (membre d'un club)",
        RegistrantKind.Partner => "Partenaire",
        _ => "Non précisé",
    };

    public static string Reason(CancellationReason reason) => reason switch
    {
        CancellationReason.NotEnoughParticipants => "Pas assez de participants",
        CancellationReason.Other => "Autre raison",
        _ => "Non précisée",
    };

    /// <summary>The reason an event was cancelled: the service writes its own words when the organiser gave none.</summary>
    public static string CancellationExplanation(string explanation) =>
        explanation == "not enough participants" ? "Pas assez de participants" : explanation;

    /// <summary>The head counts of the <see cref="Attendance"/> message, in the order the association reports them.</summary>
    public static IReadOnlyList<AttendanceCount> AttendanceCounts { get; } =
    [
        new("projects_announced", "Projets annoncés", attendance => attendance.ProjectsAnnounced, (attendance, count) => attendance.ProjectsAnnounced = count),
        new("projects_present", "Projets présents", attendance => attendance.ProjectsPresent, (attendance, count) => attendance.ProjectsPresent = count),
        new("holders", "Porteurs de projet présents", attendance => attendance.Holders, (attendance, count) => attendance.Holders = count),
        new("volunteers", "Bénévoles", attendance => attendance.Volunteers, (attendance, count) => attendance.Volunteers = count),
        new("staff", "Salariés", attendance => attendance.Staff, (attendance, count) => attendance.Staff = count),
        new("others", "Autres participants", attendance => attendance.Others, (attendance, count) => attendance.Others = count),
    ];

    public static IReadOnlyList<EventKind> Kinds { get; } =
    [
        EventKind.CigalesCherchentFourmis, EventKind.Workshop, EventKind.EntrCitoyens, EventKind.Webinar, EventKind.InterClub, EventKind.Afterwork,
        EventKind.AperoCigales, EventKind.Breakfast, EventKind.Regional, EventKind.Partner, EventKind.WorkingGroup, EventKind.Other,
    ];

    public static IReadOnlyList<EventState> States { get; } = [EventState.Scheduled, EventState.Held, EventState.Cancelled];

    public static IReadOnlyList<EventFormat> Formats { get; } = [EventFormat.InPerson, EventFormat.Video, EventFormat.Hybrid];

    public static IReadOnlyList<RegistrantKind> RegistrantKinds { get; } = [RegistrantKind.ProjectHolder, RegistrantKind.Citizen, RegistrantKind.ClubMember, RegistrantKind.Partner];

    /// <summary>The event's days: "16/06/2025", or "du 16/06/2025 au 17/06/2025".</summary>
    public static string Days(DateRange? dates) =>
        dates is null ? string.Empty
        : dates.End.Length == 0 || dates.End == dates.Start ? French.Date(dates.Start)
        : $"du {French.Date(dates.Start)} au {French.Date(dates.End)}";

    /// <summary>Where: the places' names, or "En visio".</summary>
    public static string Where(Event @event) =>
        @event.Places.Count == 0 ? "En visio"
        : string.Join(", ", @event.Places.Select(place => place.Name)) + (@event.VideoLink.Length > 0 ? " et en visio" : string.Empty);

    /// <summary>Days or hours with at most two decimals, as French writes them: 1,5.</summary>
    public static string Number(double value) => value.ToString("0.##", Culture);

    /// <summary>A convention's axis as the screens show it, with the axis's title when known.</summary>
    public static string Axis(ConventionAxis? axis, string? conventionName = null, string? axisTitle = null) =>
        axis is null || axis.ConventionId.Length == 0 ? "Aucun axe"
        : $"Convention {conventionName ?? axis.ConventionId}, axe {axis.Axis}" + (string.IsNullOrEmpty(axisTitle) ? string.Empty : $" ({axisTitle})");

    /// <summary>A contract date (2025-06-16) as a day; null when empty or not a day.</summary>
    public static DateOnly? Day(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>A month's name as a heading: "Juin 2025".</summary>
    public static string MonthHeading(DateOnly month)
    {
        var name = month.ToString("MMMM yyyy", Culture);
        return char.ToUpper(name[0], Culture) + name[1..];
    }
}

/// <summary>One head count of an attendance: its field in the contract, its French label, how to read and set it.</summary>
public sealed record AttendanceCount(string Field, string Label, Func<Attendance, int> Read, Action<Attendance, int> Write);
