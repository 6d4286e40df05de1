using Cigales.Finance.Domain;
using Cigales.GrainInterfaces;
using Cigales.SharedKernel;
using Marten;

namespace Cigales.Finance.Contacts;

/// <summary>
/// The holders' contact details and exchange logs (<see cref="HolderContact"/>), as documents
/// apart from the streams. A change reads the document, asks the rules and stores the result; a
/// write that raced another is tried again on the fresh document (optimistic concurrency).
/// </summary>
public sealed class HolderContacts(IDocumentStore store, TimeProvider clock)
{
    private const int Attempts = 3;

    /// <summary>The holder's contact; an empty one when none was recorded yet.</summary>
    public async Task<HolderContact> GetAsync(string holderId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<HolderContact>(holderId, cancellationToken) ?? HolderContact.Empty(holderId);
    }

    public async Task<IReadOnlyDictionary<string, HolderContact>> GetManyAsync(IReadOnlyCollection<string> holderIds, CancellationToken cancellationToken)
    {
        if (holderIds.Count == 0)
        {
            return new Dictionary<string, HolderContact>();
        }

        await using var session = store.QuerySession();
        var found = await session.LoadManyAsync<HolderContact>(cancellationToken, holderIds.Distinct().ToArray());
        return found.ToDictionary(contact => contact.Id, StringComparer.Ordinal);
    }

    public Task<HolderContact> SetAsync(string holderId, ContactDetails details, bool sharedWithClubs, CancellationToken cancellationToken) =>
        ChangeAsync(holderId, contact => HolderContactRules.Set(contact, details, sharedWithClubs), cancellationToken);

    public Task<HolderContact> ReferredAsync(string holderId, ContactDetails details, CancellationToken cancellationToken) =>
        ChangeAsync(holderId, contact => HolderContactRules.Referred(contact, details), cancellationToken);

    public Task<HolderContact> LogExchangeAsync(string holderId, HolderExchange exchange, CancellationToken cancellationToken) =>
        ChangeAsync(holderId, contact => HolderContactRules.LogExchange(contact, exchange, clock.Today()), cancellationToken);

    public Task<HolderContact> EraseAsync(string holderId, CancellationToken cancellationToken) =>
        ChangeAsync(holderId, contact => HolderContactRules.Erase(contact, clock.Today()), cancellationToken);

    private async Task<HolderContact> ChangeAsync(string holderId, Func<HolderContact, Decision<HolderContact>> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var stored = await session.LoadAsync<HolderContact>(holderId, cancellationToken);
            var decision = decide(stored ?? HolderContact.Empty(holderId));
            if (decision.Refusal is { } refusal)
            {
                throw new RefusedException(refusal);
            }

            if (decision.Events.Count == 0)
            {
                return stored ?? HolderContact.Empty(holderId);
            }

            var changed = decision.Events[^1];
            if (stored is null)
            {
                session.Insert(changed);
            }
            else
            {
                session.Update(changed);
            }

            try
            {
                await session.SaveChangesAsync(cancellationToken);
                return changed;
            }
            catch (Exception raced) when (attempt < Attempts && raced is JasperFx.ConcurrencyException or JasperFx.DocumentAlreadyExistsException)
            {
                // Another change came first: decide again on what it stored.
            }
        }
    }
}
