using Cigales.DemoData.Reference;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;

namespace Cigales.DemoData.Import;

/// <summary>
/// Loads the demo dataset through the gateway's gRPC API, in the order a person would: the
/// Département and the association, the clubs with members enough to be valid and the savings
/// their 2024 investments need, the enterprises and those investments, the 2024 events with their
/// attendance, the 2025 convention up to its deliberation, and the 2024 one through to its
/// closure, its final report built from the 2024 records. Every create carries a name-based
/// request id and every later step is taken only when the entity shows it is not done, so a second
/// import changes nothing.
/// </summary>
public sealed class DemoImport(GrpcChannel gateway, ILogger logger)
{
    /// <summary>The 2024 convention's cycle, on the 2025 one's days a year earlier; reported, controlled and closed in 2025.</summary>
    private static readonly FinishedCycle Cycle2024 = new(
        SignedOn: "2024-06-03", PaidOn: "2024-06-20", ReportedOn: "2025-05-28", ControlledOn: "2025-09-15", ClosedOn: "2025-10-01", Department: "62");

    public async Task RunAsync(ReferenceData data, CancellationToken cancellation = default)
    {
        var grants = new GrantsImport(gateway);
        var clubs = new ClubsImport(gateway);
        var finance = new FinanceImport(gateway);
        var events = new EventsImport(gateway);

        var organisations = await grants.OrganisationsAsync(data.Organisations, cancellation);
        logger.LogInformation("Organisations: {Count}", organisations.Count);

        var shares = FinanceImport.Shares(data.Investments2024);
        var clubIds = await clubs.ClubsAsync(data.Clubs, shares, cancellation);
        logger.LogInformation("Clubs: {Count}", clubIds.Count);

        await finance.InvestmentsAsync(data.Investments2024, shares, clubIds, cancellation);
        await clubs.SettleStatusesAsync(data.Clubs, clubIds, cancellation);
        logger.LogInformation("Investments of 2024: {Count}", shares.Count);
        await finance.SharedProjectAsync(shares, cancellation);

        await events.EventsAsync(data.Events2024, cancellation);
        logger.LogInformation("Events of 2024: {Count}", data.Events2024.Count);

        await grants.ConventionAsync(data.Convention2025, organisations, cancellation);
        logger.LogInformation("Convention {FileNumber}", data.Convention2025.FileNumber);

        var convention2024 = data.Convention2025.AYearEarlier();
        await grants.FinishedConventionAsync(convention2024, organisations, Cycle2024, cancellation);
        logger.LogInformation("Convention {FileNumber}, closed", convention2024.FileNumber);
    }
}
