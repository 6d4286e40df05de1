using Cigales.Events.Domain;
using JasperFx.Events.Projections;
using Marten;

namespace Cigales.Events.Projections;

/// <summary>What the Events service keeps in its database besides the streams.</summary>
public static class EventsStore
{
    /// <summary>The connection string the AppHost passes for this service's own database.</summary>
    public const string DatabaseName = "eventsdb";

    public static void Configure(StoreOptions options)
    {
        options.Projections.Add<EventViewProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<EventView>().Index(view => view.SortKey).Index(view => view.StartDay);
        options.Projections.Add<OutsideWorkViewProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<OutsideWorkView>().Index(view => view.SortKey).Index(view => view.StartDay);
        // Registrants' names and e-mails, apart from the streams.
        options.Schema.For<RegistrantContact>().Index(contact => contact.EventId);
    }
}
