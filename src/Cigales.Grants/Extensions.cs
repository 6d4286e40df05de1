using Cigales.Grants.Access;
using Cigales.Grants.Grains;
using Cigales.ServiceKit.Access;
using Cigales.ServiceKit.Mail;

namespace Cigales.Grants;

public static class Extensions
{
    /// <summary>What the Grants service adds to a domain service: the daily deadline scan and its mails, and who may reach which convention.</summary>
    public static IHostApplicationBuilder AddGrantsServices(this IHostApplicationBuilder builder)
    {
        builder.AddMailOutbox();
        builder.Services.AddHostedService<DeadlineWatchStarter>();
        builder.Services.AddSingleton<IObjectAccess, GrantsAccess>();
        return builder;
    }
}
