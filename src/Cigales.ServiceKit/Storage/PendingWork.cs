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
/// work is recorded (so that no crash can leave work without it), removed once none is left. The
/// reminder table is asked only then: a command on a grain with nothing pending reads nothing.
/// </summary>
public sealed class ResumeReminder(IGrainBase grain, string name, PendingWorkOptions options, ILogger logger)
{
    private IGrainReminder? _registered;

    /// <summary>Before work is recorded; failing (the reminder table out of reach), the work is not recorded either.</summary>
    public async Task EnsureAsync() =>
        _registered ??= await grain.RegisterOrUpdateReminder(name, options.ResumeEvery, options.ResumeEvery);

    /// <summary>
    /// Once the work is done. Never fails the command that did it: a reminder left behind finds
    /// nothing pending when it fires, and goes then (<see cref="TickAsync"/>).
    /// </summary>
    public async Task ForgetAsync()
    {
        if (_registered is { } reminder)
        {
            _registered = null;
            await UnregisterAsync(reminder);
        }
    }

    /// <summary>The reminder fired: the work is resumed; once none is pending, the reminder goes, whoever registered it.</summary>
    public async Task TickAsync(Func<Task> resume)
    {
        try
        {
            await resume();
        }
        catch (Exception exception)
        {
            // Nobody to answer: the work stays recorded as pending, and the next tick tries again.
            logger.LogWarning(exception, "{Grain}: pending work could not go on yet", grain.GrainContext.GrainId);
            return;
        }

        _registered = null;
        try
        {
            if (await grain.GetReminder(name) is { } reminder)
            {
                await UnregisterAsync(reminder);
            }
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "{Grain}: its reminder could not be looked up; it fires again", grain.GrainContext.GrainId);
        }
    }

    private async Task UnregisterAsync(IGrainReminder reminder)
    {
        try
        {
            await grain.UnregisterReminder(reminder);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "{Grain}: its reminder could not be removed; it goes when it next fires", grain.GrainContext.GrainId);
        }
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
