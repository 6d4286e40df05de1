using Cigales.GrainInterfaces;
using Cigales.SharedKernel;
using JasperFx;
using Marten;

namespace Cigales.Clubs.People;

/// <summary>
/// The people who are or were members of clubs: plain documents, not event streams, because an
/// erasure must really remove what identified the person.
/// </summary>
public sealed class PersonDirectory(IDocumentStore store, TimeProvider clock)
{
    /// <summary>Registers a person; a retry with the same id and details answers the same record.</summary>
    public async Task<PersonRecord> RegisterAsync(string id, string fullName, string email, string phone, CancellationToken cancellationToken)
    {
        var candidate = new PersonRecord(id, fullName.Trim(), email.Trim(), phone.Trim(), clock.GetUtcNow());
        if (candidate.FullName.Length == 0)
        {
            throw new RefusedException(Refusal.Invalid("full_name", "person.full_name_required", "full_name must not be blank"));
        }

        try
        {
            await using var session = store.LightweightSession();
            session.Insert(candidate);
            await session.SaveChangesAsync(cancellationToken);
            return candidate;
        }
        catch (DocumentAlreadyExistsException)
        {
            var existing = (await GetAsync(id, cancellationToken))!;
            return existing.SameAs(candidate)
                ? existing
                : throw new RefusedException(Refusal.Conflict("request_id", "person.request_reused", "request_id already registered another person"));
        }
    }

    public async Task<PersonRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<PersonRecord>(id, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, PersonRecord>> GetManyAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return new Dictionary<string, PersonRecord>();
        }

        await using var session = store.QuerySession();
        var found = await session.LoadManyAsync<PersonRecord>(cancellationToken, distinct);
        return found.ToDictionary(person => person.Id, StringComparer.Ordinal);
    }

    /// <summary>Erases the person's identity and contact details; what they did in clubs stays, under their id.</summary>
    public async Task<PersonRecord> EraseAsync(string id, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var person = await session.LoadAsync<PersonRecord>(id, cancellationToken)
            ?? throw new RefusedException(Unknown.Person(id));
        var erased = person.Erase(clock.GetUtcNow());
        session.Store(erased);
        await session.SaveChangesAsync(cancellationToken);
        return erased;
    }
}
