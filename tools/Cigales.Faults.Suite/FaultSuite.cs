using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Cigales.Faults;

/// <summary>How large the suite runs: what it sets up, and the load around each fault.</summary>
public sealed record SuiteOptions(NetworkSize Network, LoadOptions Load);

/// <summary>
/// The fault suite on a running system: it sets up the network, then for each fault runs the load
/// around it until every client's commands are acknowledged, and checks through the API what was
/// stored. Nothing here knows how a fault is made: <see cref="Fault"/> does.
/// </summary>
public sealed class FaultSuite(RunningSystem system, TimeProvider clock, TextWriter progress)
{
    /// <summary>
    /// The AppHost's settings for the suite: no demo data; PostgreSQL and Redis as local processes,
    /// since the faults are signals to processes; the gateway's rate limit lifted, or the load is refused.
    /// </summary>
    public static readonly string[] AppHostArgs = ["--Cigales:DemoData=false", "--Cigales:UseContainers=false", "--Gateway:RateLimit:PermitsPerWindow=1000000"];

    /// <summary>
    /// The processes' lines to <paramref name="logs"/> rather than the console, which keeps the
    /// suite's progress; the services log warnings and errors only (every call logged at
    /// information would cost the load a good share of the two cores), and Orleans' membership
    /// changes, to see when the cluster let a killed silo go and took it back.
    /// </summary>
    public static void Configure(IDistributedApplicationTestingBuilder builder, ResourceLogs logs)
    {
        builder.Services.AddLogging(logging => logging
            .AddProvider(logs)
            .AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning)
            .AddFilter<ConsoleLoggerProvider>("Cigales.AppHost.Resources", LogLevel.None)
            .AddFilter<ConsoleLoggerProvider>("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            builder.CreateResourceBuilder(project)
                .WithEnvironment("Logging__LogLevel__Default", "Warning")
                .WithEnvironment("Logging__LogLevel__Orleans.Runtime.MembershipService", "Information");
        }
    }

    public async Task<SuiteReport> RunAsync(IReadOnlyList<Fault> faults, SuiteOptions options, CancellationToken cancellation)
    {
        using var channel = system.OpenChannel();
        var api = new Api(channel);
        var calls = new Delivery(api, clock);
        var started = clock.GetUtcNow();
        var network = await Network.CreateAsync(api, calls, options.Network, DateOnly.FromDateTime(started.UtcDateTime), cancellation);
        Say($"set up in {(clock.GetUtcNow() - started).TotalSeconds:0} s: {network.Clubs.Count} clubs, {network.Enterprises.Count} enterprises, "
            + $"{network.SignedConventions.Count} signed and {network.DraftedConventions.Count} drafted conventions");

        var log = new CommandLog();
        var load = new Load(system, new CommandSource(network), log, clock);
        var auditor = new Auditor(api, calls, network);
        var rows = new List<FaultRow>();
        foreach (var fault in faults)
        {
            Say($"{fault.Name}: load with {options.Load.Clients} clients, the fault, recovery");
            var findings = new List<Finding>();
            Phase phase;
            try
            {
                phase = await load.RunAsync(fault.Name, fault, options.Load, cancellation);
            }
            catch (Exception exception) when (!cancellation.IsCancellationRequested)
            {
                // The suite's own failure: said in the figures, and the books are still checked.
                phase = new Phase(fault.Name, null, null);
                findings.Add(Finding.Broken($"the fault could not be made: {exception.Message}"));
            }

            findings.AddRange(await auditor.CheckAsync(log.All, cancellation));
            var row = FaultRow.Of(phase, log.Of(phase.Name), findings);
            Say($"{fault.Name}: {row.Acknowledged}/{row.Sent} acknowledged, {row.Retried} retried, {row.Lost} lost, {row.Doubled} doubled, "
                + $"{row.Findings.Count} findings, {row.Unexpected.Count} INTERNAL or UNKNOWN");
            rows.Add(row);
        }

        return new SuiteReport(rows, options.Load.Clients, options.Network.Clubs);
    }

    private void Say(string line) => progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.GetUtcNow():HH:mm:ss} {line}"));
}
