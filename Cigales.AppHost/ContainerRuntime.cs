using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Cigales.AppHost;

/// <summary>Decides whether PostgreSQL and Redis run as containers.</summary>
internal static class ContainerRuntime
{
    /// <summary><c>true</c> or <c>false</c> skips the probe (e.g. local binaries on a machine with Docker).</summary>
    public const string ConfigurationKey = "Cigales:UseContainers";

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2.5);

    public static bool ShouldUse(IConfiguration configuration)
    {
        if (bool.TryParse(configuration[ConfigurationKey], out var forced))
        {
            return forced;
        }

        // The same runtime Aspire itself would use.
        return Answers(configuration["ASPIRE_CONTAINER_RUNTIME"] ?? "docker");
    }

    // A client without a daemon fails at once; a stuck daemon must not hold up every start.
    private static bool Answers(string runtime)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(ProbeTimeout))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false; // the client is not installed
        }
    }
}
