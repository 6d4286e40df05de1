using System.Diagnostics;
using System.Reflection;
using Cigales.Testing;

namespace Cigales.IntegrationTests;

/// <summary>
/// <c>./run.sh</c> as a developer runs it, stopped with Ctrl+C, through
/// <c>scripts/stop-check.sh</c> (two starts and two stops, each timed; see the script). It runs on
/// run.sh's fixed ports, beside the assembly's own system, whose ports are random.
/// </summary>
public sealed class StoppingTheLocalRun
{
    // The script's exit status when run.sh's ports are taken (a developer's ./run.sh): nothing to check.
    private const int PortsTaken = 3;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(12);

    [Fact]
    public async Task CtrlCStopsEverythingWithinFifteenSecondsLeavesNoProcessAndTheNextRunStarts()
    {
        // The tree is built (this project references the AppHost): run it as built, not again.
        var configuration = typeof(StoppingTheLocalRun).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var script = Path.Combine(RepositoryRoot.Path, "scripts", "stop-check.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, "--no-build", "--configuration", configuration])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("could not start stop-check.sh");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // SIGTERM: the script's own clean-up stops what it started.
            using var stop = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await process.WaitForExitAsync();
        }

        var report = await output + await errors;
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        if (process.ExitCode == PortsTaken)
        {
            Assert.Skip(report.Trim());
        }

        Assert.True(process.ExitCode == 0, report);
    }
}
