using System.Runtime.InteropServices;
using Cigales.Faults;

// The fault suite (docs/RELIABILITY.md): the whole system under a load of money commands, a silo
// killed, PostgreSQL restarted and Redis crashed one after another, the checks after each, and
// the figures. Run by scripts/faults.sh; the argument is where to keep the processes' logs.
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(15));
// Stopped by Ctrl+C or SIGTERM, it still stops the system it started.
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => { signal.Cancel = true; stop.Cancel(); });
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => { signal.Cancel = true; stop.Cancel(); });

using var logs = new ResourceLogs(args.FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), $"cigales-faults-{DateTime.UtcNow:yyyyMMdd-HHmmss}"));
await using var system = await RunningSystem.StartAsync(FaultSuite.AppHostArgs, stop.Token, builder => FaultSuite.Configure(builder, logs));
var report = await new FaultSuite(system, TimeProvider.System, Console.Out).RunAsync(
    [Fault.SiloKilled("clubs"), Fault.SiloKilled("finance"), Fault.PostgresRestarted(), Fault.RedisCrashed()],
    new SuiteOptions(
        new NetworkSize(Clubs: 20, Enterprises: 10, SignedConventions: 4, DraftedConventions: 40),
        new LoadOptions(Clients: 8, Before: TimeSpan.FromSeconds(5), After: TimeSpan.FromSeconds(5), Drain: TimeSpan.FromMinutes(2))),
    stop.Token);

Console.WriteLine();
Console.WriteLine(report.ToMarkdown(logs));
Console.WriteLine($"The processes' logs: {logs.Folder}");
return report.Passed ? 0 : 1;
