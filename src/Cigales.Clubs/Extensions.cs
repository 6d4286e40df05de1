using Cigales.Clubs.Access;
using Cigales.Clubs.Domain;
using Cigales.Clubs.Grains;
using Cigales.Clubs.People;
using Cigales.ServiceKit.Access;
using Cigales.ServiceKit.Mail;

namespace Cigales.Clubs;

public static class Extensions
{
    /// <summary>What the Clubs service adds to a domain service: its settings, the person directory, who may reach which club, and the daily scan of the clubs' deadlines and its mails.</summary>
    public static IHostApplicationBuilder AddClubsServices(this IHostApplicationBuilder builder)
    {
        builder.AddMailOutbox();
        builder.Services.AddHostedService<ClubDeadlineWatchStarter>();
        builder.Services.Configure<ClubSettings>(builder.Configuration.GetSection(ClubSettings.Section));
        builder.Services.AddSingleton<PersonDirectory>();
        builder.Services.AddSingleton<IObjectAccess, ClubAccess>();
        return builder;
    }
}
