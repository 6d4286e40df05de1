using Cigales.Faults;

namespace Cigales.IntegrationTests;

/// <summary>
/// The fault suite (tools/Cigales.Faults, docs/RELIABILITY.md) made short, on the shared system:
/// clients send money commands with idempotency keys through the gateway's gRPC API while the
/// finance silo is killed and started again, each retrying until acknowledged; then the books are
/// read back through the API.
/// </summary>
public sealed class UnderAFault(WholeSystem system)
{
    [Fact]
    public async Task KillingTheFinanceSiloUnderLoadLosesNothingDoublesNothingAndLeavesTheBooksBalanced()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        var report = await new FaultSuite(system.System, TimeProvider.System, TextWriter.Null).RunAsync(
            [Fault.SiloKilled("finance")],
            new SuiteOptions(
                new NetworkSize(Clubs: 4, Enterprises: 2, SignedConventions: 1, DraftedConventions: 4),
                new LoadOptions(Clients: 4, Before: TimeSpan.FromSeconds(2), After: TimeSpan.FromSeconds(2), Drain: TimeSpan.FromSeconds(60))),
            timeout.Token);

        var row = Assert.Single(report.Rows);
        Assert.True(report.Passed, report.ToMarkdown(logs: null));
        // The fault was felt: some command failed and was sent again, and every one was acknowledged.
        Assert.True(row.Retried > 0, report.ToMarkdown(logs: null));
        Assert.Equal(row.Sent, row.Acknowledged);
        Assert.Equal(0, row.Lost);
        Assert.Equal(0, row.Doubled);
    }
}
