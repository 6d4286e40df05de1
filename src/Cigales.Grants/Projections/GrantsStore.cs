using Cigales.Grants.Grains;
using Cigales.ServiceKit.Mail;
using JasperFx.Events.Projections;
using Marten;

namespace Cigales.Grants.Projections;

/// <summary>What the Grants service keeps in its database besides the streams.</summary>
public static class GrantsStore
{
    /// <summary>The connection string the AppHost passes for this service's own database.</summary>
    public const string DatabaseName = "grantsdb";

    public static void Configure(StoreOptions options)
    {
        options.Projections.Add<ConventionViewProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<OrganisationViewProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<BudgetLineViewProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ConventionView>().Index(view => view.SortKey);
        options.Schema.For<OrganisationView>().Index(view => view.SortKey);
        options.Schema.For<BudgetLineView>().Index(view => view.SortKey);
        options.Schema.For<NotificationRecord>();
        MailOutbox.Configure(options);
    }
}
