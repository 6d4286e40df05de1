using Cigales.Clubs.Domain;
using Cigales.Clubs.People;

namespace Cigales.Clubs;

public static class Extensions
{
    /// <summary>What the Clubs service adds to a domain service: its settings and the person directory.</summary>
    public static IHostApplicationBuilder AddClubsServices(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ClubSettings>(builder.Configuration.GetSection(ClubSettings.Section));
        builder.Services.AddSingleton<PersonDirectory>();
        return builder;
    }
}
