using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cigales.DemoData.Reference;

/// <summary>
/// The public figures of the Pas-de-Calais (data/reference/pas-de-calais.json), as the file gives
/// them: null where the source was not legible.
/// </summary>
public sealed record ReferenceData(
    IReadOnlyList<ReferenceOrganisation> Organisations,
    IReadOnlyList<ReferenceClub> Clubs,
    [property: JsonPropertyName("investments_2024")] ReferenceInvestments Investments2024,
    [property: JsonPropertyName("events_2024")] IReadOnlyList<ReferenceEvent> Events2024,
    [property: JsonPropertyName("convention_2025")] ReferenceConvention Convention2025)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static ReferenceData Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<ReferenceData>(stream, Options) ?? throw new InvalidDataException($"{path} holds no reference data");
    }
}

public sealed record ReferenceOrganisation(string Id, string Name, string Kind, string? Siret, string? Address);

public sealed record ReferenceClub(string Id, string Name, string? Commune, string Department, string? Created, string Status, string? Renews, string? Note);

public sealed record ReferenceInvestments(long TotalCents, IReadOnlyList<ReferenceInvestment> Rows);

public sealed record ReferenceInvestment(
    string Enterprise, string Activity, string LegalForm, string Town, string? Stage, long AmountCents, IReadOnlyList<string> Clubs, string? Note);

public sealed record ReferenceEvent(string Kind, string Title, string Date, string? Format, IReadOnlyList<string>? Places, ReferenceAttendance? Attendance, string? Cancelled);

public sealed record ReferenceAttendance(int ProjectsAnnounced, int ProjectsPresent, int Holders, int Volunteers, int Staff, int Total);

public sealed record ReferenceConvention(
    string FileNumber,
    string Object,
    string Funder,
    string Beneficiary,
    ReferenceReport Report,
    ReferenceDeliberation Deliberation,
    ReferenceBudgetLine BudgetLine,
    long AmountCents,
    ReferencePeriod Period,
    string FinalReportDue,
    IReadOnlyList<ReferenceAxis> Axes,
    ReferenceRates Rates,
    ReferenceBudget ProvisionalBudget)
{
    /// <summary>
    /// The same convention a year earlier. The file gives the 2025 convention only, and the 2024
    /// activity its report would count: the demo's 2024 convention repeats the 2025 terms a year
    /// earlier, its file and deliberation numbers marked as the demo's own, so that a new user sees
    /// a finished cycle next to the running one.
    /// </summary>
    public ReferenceConvention AYearEarlier()
    {
        static string Earlier(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd").AddYears(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var year = Period.Start[..4];
        var earlierYear = Earlier(Period.Start)[..4];
        var marked = $"{earlierYear} (démonstration)";
        return this with
        {
            FileNumber = marked,
            Object = Object.Replace(year, earlierYear, StringComparison.Ordinal),
            Report = Report with { CommitteeOpinion = Earlier(Report.CommitteeOpinion) },
            Deliberation = Deliberation with { Number = marked, Date = Earlier(Deliberation.Date) },
            Period = new ReferencePeriod(Earlier(Period.Start), Earlier(Period.End)),
            FinalReportDue = Earlier(FinalReportDue),
        };
    }
}

public sealed record ReferenceReport(int Number, string CommitteeOpinion);

public sealed record ReferenceDeliberation(string Number, string Date, string Body, ReferenceVotes Votes, bool Adopted);

public sealed record ReferenceVotes(int For, int Against, int Abstention, int AbsentWithoutProxy);

public sealed record ReferenceBudgetLine(string Operation, string Imputation, string Label, long CreditsCents);

public sealed record ReferencePeriod(string Start, string End);

public sealed record ReferenceAxis(int Number, string Title, decimal StaffDays, decimal VolunteerHours);

public sealed record ReferenceRates(long StaffDayCents, long VolunteerHourCents);

public sealed record ReferenceBudget(IReadOnlyList<ReferenceBudgetItem> Charges, IReadOnlyList<ReferenceBudgetItem> Products);

public sealed record ReferenceBudgetItem(string Line, long AmountCents);
