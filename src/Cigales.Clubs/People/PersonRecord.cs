namespace Cigales.Clubs.People;

/// <summary>
/// A person's identity and contact details, kept apart from every club's history (which names
/// them by <see cref="Id"/> only), so that they can be erased on request while the amounts in the
/// history stay true. An erased record keeps its id and the day it was erased, nothing else.
/// </summary>
public sealed record PersonRecord(
    string Id,
    string FullName,
    string Email,
    string Phone,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? ErasedAt = null)
{
    public bool Erased => ErasedAt is not null;

    public PersonRecord Erase(DateTimeOffset now) =>
        this with { FullName = string.Empty, Email = string.Empty, Phone = string.Empty, ErasedAt = ErasedAt ?? now };

    /// <summary>The same person as registered, whenever (a retried registration).</summary>
    public bool SameAs(PersonRecord other) => (Id, FullName, Email, Phone) == (other.Id, other.FullName, other.Email, other.Phone);
}
