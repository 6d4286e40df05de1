using Cigales.Finance.Domain;
using JasperFx.Events.Projections;
using Marten;

namespace Cigales.Finance.Projections;

/// <summary>What the Finance service keeps in its database besides the streams.</summary>
public static class FinanceStore
{
    /// <summary>The connection string the AppHost passes for this service's own database.</summary>
    public const string DatabaseName = "financedb";

    public static void Configure(StoreOptions options)
    {
        options.Projections.Add<ProjectHolderViewProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<EnterpriseViewProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<InvestmentViewProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ProjectHolderView>().Index(view => view.SortKey);
        // Personal data apart from the streams, so that an erasure really removes it.
        options.Schema.For<HolderContact>().UseOptimisticConcurrency(true);
        options.Schema.For<EnterpriseView>().Index(view => view.SortKey);
        options.Schema.For<InvestmentView>().Index(view => view.SortKey);
    }
}
