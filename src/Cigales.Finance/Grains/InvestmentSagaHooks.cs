namespace Cigales.Finance.Grains;

/// <summary>
/// A seam in the investment saga, for fault-injection tests that stop a silo at the worst moment
/// (the club's funds reserved, nothing else recorded yet). The service registers no hooks.
/// </summary>
public interface IInvestmentSagaHooks
{
    ValueTask AfterFundsReservedAsync(string investmentId);
}

public sealed class NoSagaHooks : IInvestmentSagaHooks
{
    public ValueTask AfterFundsReservedAsync(string investmentId) => ValueTask.CompletedTask;
}
