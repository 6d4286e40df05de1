using Cigales.Finance.Access;
using Cigales.Finance.Grains;
using Cigales.Finance.Partners;
using Cigales.ServiceKit.Access;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cigales.Finance;

public static class Extensions
{
    /// <summary>What the Finance service adds to a domain service: the investment saga's (empty) hooks, the partners' feed, and who may reach which project.</summary>
    public static IHostApplicationBuilder AddFinanceServices(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<IInvestmentSagaHooks, NoSagaHooks>();
        builder.Services.Configure<InvestmentSagaOptions>(builder.Configuration.GetSection(InvestmentSagaOptions.Section));
        builder.Services.Configure<PartnerFeedOptions>(builder.Configuration.GetSection(PartnerFeedOptions.Section));
        builder.Services.AddSingleton<PartnerFeed>();
        builder.Services.AddSingleton<IObjectAccess, FinanceAccess>();
        return builder;
    }
}
