using Cigales.Finance.Access;
using Cigales.Finance.Contacts;
using Cigales.Finance.Partners;
using Cigales.ServiceKit.Access;

namespace Cigales.Finance;

public static class Extensions
{
    /// <summary>What the Finance service adds to a domain service: the partners' feed, the holders' contacts, and who may reach which project.</summary>
    public static IHostApplicationBuilder AddFinanceServices(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<PartnerFeedOptions>(builder.Configuration.GetSection(PartnerFeedOptions.Section));
        builder.Services.AddSingleton<PartnerFeed>();
        builder.Services.AddSingleton<HolderContacts>();
        builder.Services.AddSingleton<IObjectAccess, FinanceAccess>();
        return builder;
    }
}
