using Cigales.Clubs.Access;
using Cigales.Clubs.Domain;
using Cigales.Clubs.People;
using Cigales.ServiceKit.Access;

namespace Cigales.Clubs;

public static class Extensions
{
    /// <summary>What the Clubs service adds to a domain service: its settings, the person directory, and who may reach which club.</summary>
    public static IHostApplicationBuilder AddClubsServices(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ClubSettings>(builder.Configuration.GetSection(ClubSettings.Section));
        builder.Services.AddSingleton<PersonDirectory>();
        builder.Services.AddSingleton<IObjectAccess, ClubAccess>();
        return builder;
    }
}
