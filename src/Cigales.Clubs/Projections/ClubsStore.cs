using Cigales.Clubs.Grains;
using Cigales.Clubs.People;
using Cigales.ServiceKit.Mail;
using JasperFx.Events.Projections;
using Marten;

namespace Cigales.Clubs.Projections;

/// <summary>What the Clubs service keeps in its database besides the streams.</summary>
public static class ClubsStore
{
    /// <summary>The connection string the AppHost passes for this service's own database.</summary>
    public const string DatabaseName = "clubsdb";

    public static void Configure(StoreOptions options)
    {
        options.Projections.Add<ClubViewProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ClubView>()
            .Index(view => view.SortKey)
            .Index(view => view.Department)
            .Index(view => view.Status);
        options.Schema.For<PersonRecord>();
        options.Schema.For<ClubNotice>();
        MailOutbox.Configure(options);
    }
}
