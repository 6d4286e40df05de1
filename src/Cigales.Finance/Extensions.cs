using Cigales.Finance.Grains;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cigales.Finance;

public static class Extensions
{
    /// <summary>What the Finance service adds to a domain service: the investment saga's (empty) hooks.</summary>
    public static IHostApplicationBuilder AddFinanceServices(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<IInvestmentSagaHooks, NoSagaHooks>();
        return builder;
    }
}
