namespace Cigales.Finance.Grains;

/// <summary>How the investment saga retries and resumes, from the configuration section <c>Finance:Saga</c>.</summary>
public sealed class InvestmentSagaOptions
{
    public const string Section = "Finance:Saga";

    /// <summary>How often the reminder of an investment with pending work tries again (Orleans' reminders tick at most once a minute by default).</summary>
    public TimeSpan ResumeEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many times a step that failed for a passing reason is tried within one call.</summary>
    public int Attempts { get; set; } = 3;

    /// <summary>The wait before the second attempt; the third waits twice as long.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);
}

/// <summary>
/// A seam in the investment saga, for fault-injection tests that stop it at the worst moment: a
/// step carried out by the other grain, not yet recorded as done. The service registers no hooks.
/// </summary>
public interface IInvestmentSagaHooks
{
    ValueTask AfterStepAsync(string investmentId, Domain.SagaStep step);
}

public sealed class NoSagaHooks : IInvestmentSagaHooks
{
    public ValueTask AfterStepAsync(string investmentId, Domain.SagaStep step) => ValueTask.CompletedTask;
}
