using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

public enum ExchangeKind
{
    Call,
    Email,
    Meeting,
    Note,
}

/// <summary>One entry of a holder's exchange log; <see cref="Id"/> is the request's key, or a new id.</summary>
public sealed record HolderExchange(string Id, DateOnly On, ExchangeKind Kind, string Summary, string RecordedBy);

/// <summary>
/// A holder's contact details and exchange log: personal data, kept as a plain document apart
/// from the holder's event stream (which names the holder by id and project only), so that an
/// erasure really removes them. An erased contact keeps its id, the dates and kinds of the
/// exchanges, and the day it was erased; nothing that identifies the person.
/// </summary>
/// <param name="Id">The project holder's id.</param>
public sealed record HolderContact(
    string Id,
    string FullName,
    string Email,
    string Phone,
    bool SharedWithClubs,
    IReadOnlyList<HolderExchange> Exchanges,
    DateOnly? ErasedOn = null)
{
    public static HolderContact Empty(string holderId) => new(holderId, string.Empty, string.Empty, string.Empty, false, []);

    public bool Erased => ErasedOn is not null;

    public bool HasDetails => FullName.Length > 0;
}

public sealed record ContactDetails(string FullName, string Email, string Phone);

/// <summary>The rules a holder's contact must pass; pure functions of the contact, the command and the day.</summary>
public static class HolderContactRules
{
    public static Decision<HolderContact> Set(HolderContact contact, ContactDetails details, bool sharedWithClubs)
    {
        var refusal = NotErased(contact)
            ?? (details.FullName.Trim().Length == 0 ? Refusal.Invalid("details.full_name", "holder_contact.full_name_required", "full_name must not be blank") : null);
        return refusal is not null
            ? refusal
            : Decision<HolderContact>.Accept(contact with
            {
                FullName = details.FullName.Trim(),
                Email = details.Email.Trim(),
                Phone = details.Phone.Trim(),
                SharedWithClubs = sharedWithClubs,
            });
    }

    /// <summary>A partner's referral gives the details the first time only: what staff or an erasure did since stands.</summary>
    public static Decision<HolderContact> Referred(HolderContact contact, ContactDetails details) =>
        contact.HasDetails || contact.Erased ? Decision<HolderContact>.Accept() : Set(contact, details, sharedWithClubs: false);

    public static Decision<HolderContact> LogExchange(HolderContact contact, HolderExchange exchange, DateOnly today)
    {
        var entry = exchange with { Summary = exchange.Summary.Trim() };
        var refusal = NotErased(contact)
            ?? (entry.Summary.Length == 0 ? Refusal.Invalid("summary", "exchange.summary_required", "an exchange says what was said or done") : null)
            ?? (entry.On > today ? Refusal.Invalid("on", "date.not_future", $"on {CalendarDate.ToIso(entry.On)} is in the future") : null);
        if (refusal is not null)
        {
            return refusal;
        }

        if (contact.Exchanges.FirstOrDefault(logged => logged.Id == entry.Id) is { } logged)
        {
            // The same entry again is a retry of the same request: nothing new.
            return logged with { RecordedBy = entry.RecordedBy } == entry
                ? Decision<HolderContact>.Accept()
                : Refusal.Conflict("request_id", "exchange.request_reused", "request_id already logged another exchange");
        }

        return Decision<HolderContact>.Accept(contact with { Exchanges = [.. contact.Exchanges, entry] });
    }

    /// <summary>Removes what identifies the person: details, summaries, the sharing with clubs. Erasing again changes nothing.</summary>
    public static Decision<HolderContact> Erase(HolderContact contact, DateOnly today) =>
        contact.Erased
            ? Decision<HolderContact>.Accept()
            : Decision<HolderContact>.Accept(new HolderContact(
                contact.Id, string.Empty, string.Empty, string.Empty, false,
                [.. contact.Exchanges.Select(exchange => exchange with { Summary = string.Empty, RecordedBy = string.Empty })],
                today));

    private static Refusal? NotErased(HolderContact contact) =>
        contact.Erased
            ? Refusal.Precondition(string.Empty, "holder_contact.erased", $"the holder's contact details were erased on {CalendarDate.ToIso(contact.ErasedOn!.Value)} at their request")
            : null;
}
