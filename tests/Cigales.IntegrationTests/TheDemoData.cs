using System.Text.Json;
using Aspire.Hosting.Testing;
using Cigales.Contracts.Events.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.DemoData.Import;
using Cigales.DemoData.Reference;
using Cigales.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Cigales.IntegrationTests;

/// <summary>
/// The demo data (data/reference/pas-de-calais.json), loaded by the AppHost through the gateway
/// at start, read back through the gateway: the 2024 investments table, the 2024 events, the 2025
/// convention. Importing it again changes nothing.
/// </summary>
public sealed class TheDemoData(WholeSystem system)
{
    private static readonly ReferenceData Reference =
        ReferenceData.Load(Path.Combine(RepositoryRoot.Path, "data", "reference", "pas-de-calais.json"));

    [Fact]
    public async Task The2024PasDeCalaisInvestmentsTableTotals28400EurosOverItsEnterprises()
    {
        using var table = JsonDocument.Parse(await system.Json.GetStringAsync("/v1/portfolio/yearly-table?department=62&year=2024"));
        var root = table.RootElement;

        Assert.Equal(Reference.Investments2024.TotalCents, root.GetProperty("total").GetProperty("cents").GetInt64());
        Assert.Equal(2_840_000, root.GetProperty("total").GetProperty("cents").GetInt64());
        Assert.Equal((11, 13), (root.GetProperty("enterprises").GetInt32(), root.GetProperty("investments").GetInt32()));
        var archiverre = root.GetProperty("rows").EnumerateArray().Single(row => row.GetProperty("enterprise").GetString() == "Archiverre - À petits pas");
        Assert.Equal(["Cigales de la Canche", "La Toupiole"], archiverre.GetProperty("clubs").EnumerateArray().Select(club => club.GetProperty("name").GetString()).Order());
    }

    [Fact]
    public async Task TheThree2024WorkshopsCountSevenProjectHolders()
    {
        var figures = await new EventsService.EventsServiceClient(system.Grpc).GetEventFiguresAsync(new GetEventFiguresRequest { Year = 2024 });

        var workshops = figures.Kinds.Single(kind => kind.Kind == EventKind.Workshop);
        Assert.Equal((3, 7), (workshops.Held, workshops.Attendance.Holders));
        Assert.Equal(1, figures.Kinds.Single(kind => kind.Kind == EventKind.EntrCitoyens).Cancelled);
    }

    [Fact]
    public async Task The2025ConventionIsVotedAndItsLineLeft90100Euros()
    {
        var grants = new GrantsService.GrantsServiceClient(system.Grpc);

        // Its id derives from the import's request id, as every created entity's does.
        var id = Guid.Parse(DemoIds.For("convention/2025-02585")).ToString("N");
        var convention = await grants.GetConventionAsync(new GetConventionRequest { ConventionId = id });
        var line = await grants.GetBudgetLineAsync(new GetBudgetLineRequest { BudgetLineId = convention.Terms.BudgetLineId });

        Assert.Equal((ConventionStatus.Voted, "2025-157"), (convention.Status, convention.Deliberation.Number));
        Assert.Equal(9_010_000, line.Available.Cents);
    }

    [Fact]
    public async Task The2024ConventionIsAFinishedCycleWhoseReportCountsThe2024Events()
    {
        var grants = new GrantsService.GrantsServiceClient(system.Grpc);
        var id = Guid.Parse(DemoIds.For("convention/2024 (démonstration)")).ToString("N");

        var convention = await grants.GetConventionAsync(new GetConventionRequest { ConventionId = id });
        var draft = await grants.GetFinalReportDraftAsync(new GetFinalReportDraftRequest { ConventionId = id });
        var line = await grants.GetBudgetLineAsync(new GetBudgetLineRequest { BudgetLineId = convention.Terms.BudgetLineId });

        Assert.Equal((ConventionStatus.Closed, "2025-10-01"), (convention.Status, convention.ClosedOn));
        Assert.Equal(("2024-01-01", "2024-12-31"), (convention.Terms.Period.Start, convention.Terms.Period.End));
        Assert.Equal((990_000, 990_000), (convention.Paid.Cents, convention.Accepted.Cents));
        Assert.Equal("2025-05-28", convention.FinalReport.On);
        // Held: the events whose attendance the file gives (six of the nine; one cancelled).
        Assert.Equal(Reference.Events2024.Count(e => e.Attendance is not null && e.Cancelled is null), draft.Total.EventsHeld + draft.EventsUnattributed);
        Assert.Equal(9_010_000, line.Available.Cents);
    }

    [Fact]
    public async Task The2025ConventionsFinalReportIsDownloadedAsItStandsToday()
    {
        var id = Guid.Parse(DemoIds.For("convention/2025-02585")).ToString("N");

        var page = await system.Json.GetStringAsync($"/v1/conventions/{id}/final-report-draft/html");
        var csv = await system.Json.GetByteArrayAsync($"/v1/conventions/{id}/final-report-draft/csv?locale=en");

        Assert.Contains("<h1>Bilan final d'exécution — compte rendu financier</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Département du Pas-de-Calais", page, StringComparison.Ordinal);
        Assert.Contains("<td>Total des charges</td><td class=\"n\">26 900,00 €</td>", page, StringComparison.Ordinal);
        Assert.Contains("Charges;Total charges;26900.00;0.00;-26900.00\r\n", System.Text.Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNetworksYearlyFiguresCountThePasDeCalaisPerDepartmentAndForTheRegion()
    {
        var report = await new GrantsService.GrantsServiceClient(system.Grpc).GetNetworkReportAsync(new GetNetworkReportRequest { Year = 2024 });
        var csv = await system.Json.GetAsync("/v1/reports/network/csv?year=2024");
        var text = System.Text.Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());

        var pasDeCalais = report.Departments.Single(department => department.Department == "62");
        Assert.Equal(["02", "59", "60", "62", "80"], report.Departments.Select(department => department.Department));
        Assert.Equal((13, 2_840_000L, 11), (pasDeCalais.Investments, pasDeCalais.Invested.Cents, pasDeCalais.EnterprisesFinanced));
        // Ch'ti Karité (19 November) and Solartois Ter (December), both investing at the year's end;
        // Solartois 2 managing. Other tests may add clubs of their own: at least these.
        Assert.True(pasDeCalais.ClubsCreated >= 2 && pasDeCalais.InvestingClubs >= 8 && pasDeCalais.ManagingClubs >= 1, pasDeCalais.ToString());
        Assert.Equal((0, 0), (report.Departments.Single(d => d.Department == "59").Investments, report.Departments.Single(d => d.Department == "59").InvestingClubs));
        Assert.True(report.Region.Invested.Cents >= pasDeCalais.Invested.Cents);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("\uFEFFTerritoire;Au;Clubs en constitution;", text, StringComparison.Ordinal);
        Assert.Contains("\r\n62;2024-12-31;", text, StringComparison.Ordinal);
        Assert.Contains(";13;28400,00;11;", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportingItAgainChangesNothing()
    {
        var before = await StoredEventsAsync();

        await new DemoImport(system.Grpc, NullLogger.Instance).RunAsync(Reference, TestContext.Current.CancellationToken);

        Assert.Equal(before, await StoredEventsAsync());
    }

    /// <summary>The events stored in each service's database.</summary>
    private async Task<IReadOnlyList<long>> StoredEventsAsync()
    {
        var counts = new List<long>();
        foreach (var database in new[] { "clubsdb", "grantsdb", "eventsdb", "financedb" })
        {
            await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync(database));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("select count(*) from mt_events", connection);
            counts.Add((long)(await command.ExecuteScalarAsync())!);
        }

        return counts;
    }
}
