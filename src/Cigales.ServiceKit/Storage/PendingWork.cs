using Cigales.GrainInterfaces;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using Microsoft.Extensions.Logging;

namespace Cigales.ServiceKit.Storage;

/// <summary>
/// How a grain carries out work it recorded for other grains (an investment's saga, a convention's
/// budget-line moves), from the configuration section <c>PendingWork</c>.
/// </summary>
public sealed class PendingWorkOptions
{
    public const string Section = "PendingWork";

    /// <summary>How often the reminder of a grain with pending work tries again (Orleans' reminders tick at most once a minute by default).</summary>
    public TimeSpan ResumeEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many times a step that failed for a passing reason is tried within one call.</summary>
    public int Attempts { get; set; } = 3;

    /// <summary>The wait before the second attempt; each later one waits as much more.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);
}

/// <summary>
/// A seam in pending work, for fault-injection tests that stop it at the worst moment: a step
/// carried out by the other grain, not yet recorded as done. The services register none.
/// </summary>
public interface IPendingWorkHooks
{
    ValueTask AfterStepAsync(string grainId, string step);
}

public sealed class NoPendingWorkHooks : IPendingWorkHooks
{
    public ValueTask AfterStepAsync(string grainId, string step) => ValueTask.CompletedTask;
}

/// <summary>
/// The reminder that brings a grain's pending work back after any failure: registered before the
/// work is recorded (so that no crash can leave work without it), removed once none is left.
/// </summary>
public sealed class ResumeReminder(IGrainBase grain, string name, PendingWorkOptions options)
{
    /// <summary>Whether this activation knows the reminder registered (true), absent (false), or does not know yet (null).</summary>
    private bool? _registered;

    public async Task EnsureAsync()
    {
        if (_registered != true)
        {
            await grain.RegisterOrUpdateReminder(name, options.ResumeEvery, options.ResumeEvery);
            _registered = true;
        }
    }

    public async Task ForgetAsync()
    {
        if (_registered == false)
        {
            return;
        }

        if (await grain.GetReminder(name) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }

        _registered = false;
    }
}

public static class PendingSteps
{
    /// <summary>A lost race or a grain out of reach for a moment: worth trying again at once.</summary>
    public static bool IsPassing(Exception exception) =>
        exception is RefusedException { Kind: RefusalKind.Aborted } || FailureStatus.IsPassing(exception);

    /// <summary>Carries a step out, trying again a few times, at once, if it fails for a passing reason; then the reminder's turn.</summary>
    public static async Task CarryOutAsync(Func<Task> step, PendingWorkOptions options, ILogger logger, string grainId)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await step();
                return;
            }
            catch (Exception exception) when (attempt < options.Attempts && IsPassing(exception))
            {
                logger.LogInformation("{GrainId}: a step failed for a passing reason ({Reason}); attempt {Attempt}", grainId, exception.GetType().Name, attempt);
                await Task.Delay(options.RetryDelay * attempt);
            }
        }
    }
}
