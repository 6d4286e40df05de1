using Cigales.Contracts.Finance.V1;
using Cigales.ServiceKit.Grpc;
using Cigales.SharedKernel;
using static Cigales.Finance.Api.FinanceEnums;
using C = Cigales.Contracts.Finance.V1;
using D = Cigales.Finance.Domain;

namespace Cigales.Finance.Api;

/// <summary>Referrals, contacts, exchanges, suggested clubs and the departments' projects: contract and domain side by side.</summary>
internal static class HoldersMapping
{
    public static readonly EnumMap<C.ExchangeKind, D.ExchangeKind> ExchangeKinds = new(
        (C.ExchangeKind.Call, D.ExchangeKind.Call),
        (C.ExchangeKind.Email, D.ExchangeKind.Email),
        (C.ExchangeKind.Meeting, D.ExchangeKind.Meeting),
        (C.ExchangeKind.Note, D.ExchangeKind.Note));

    public static readonly EnumMap<C.SuggestionBasis, D.SuggestionBasis> SuggestionBases = new(
        (C.SuggestionBasis.Commune, D.SuggestionBasis.Commune),
        (C.SuggestionBasis.Territory, D.SuggestionBasis.Territory),
        (C.SuggestionBasis.Department, D.SuggestionBasis.Department),
        (C.SuggestionBasis.None, D.SuggestionBasis.None));

    public static D.ReferProjectHolder ToCommand(this ReferProjectHolderRequest request) => new(
        request.PartnerId, request.PartnerName, request.ProjectName, request.Activity, request.Town, request.Department, request.Territory);

    public static D.ContactDetails ToDomain(this C.ContactDetails details) => new(details.FullName, details.Email, details.Phone);

    public static C.ContactDetails ToContract(this D.ContactDetails details) => new()
    {
        FullName = details.FullName,
        Email = details.Email,
        Phone = details.Phone,
    };

    public static ReferredHolder ToReferred(this D.ProjectHolderSnapshot holder) => new()
    {
        ProjectHolderId = holder.ProjectHolderId,
        ProjectName = holder.ProjectName,
        PartnerId = holder.ReferredByPartnerId,
        Stage = Stages.ToContract(holder.Stage),
        WelcomedOn = CalendarDate.ToIso(holder.Steps[0].On),
        StageReachedOn = CalendarDate.ToIso(holder.StageReachedOn),
    };

    public static C.HolderContact ToContract(this D.HolderContact contact) => new()
    {
        ProjectHolderId = contact.Id,
        Details = contact.HasDetails ? new D.ContactDetails(contact.FullName, contact.Email, contact.Phone).ToContract() : null,
        SharedWithClubs = contact.SharedWithClubs,
        Exchanges = { contact.Exchanges.Select(ToContract) },
        ErasedOn = contact.ErasedOn is { } erased ? CalendarDate.ToIso(erased) : string.Empty,
    };

    public static C.HolderExchange ToContract(this D.HolderExchange exchange) => new()
    {
        ExchangeId = exchange.Id,
        On = CalendarDate.ToIso(exchange.On),
        Kind = ExchangeKinds.ToContract(exchange.Kind),
        Summary = exchange.Summary,
        RecordedBy = exchange.RecordedBy,
    };

    public static SuggestedClub ToContract(this D.ClubSuggestion suggestion, string holderId) => new()
    {
        ProjectHolderId = holderId,
        ClubId = suggestion.ClubId,
        ClubName = suggestion.ClubName,
        Basis = SuggestionBases.ToContract(suggestion.Basis),
    };

    /// <param name="contact">The holder's details when staff shared them with the clubs; null otherwise.</param>
    public static DepartmentProject ToDepartmentProject(this D.ProjectHolderSnapshot holder, string summary, D.HolderContact? contact) => new()
    {
        ProjectHolderId = holder.ProjectHolderId,
        ProjectName = holder.ProjectName,
        Activity = holder.Activity,
        Town = holder.Town,
        Department = holder.Department,
        Stage = Stages.ToContract(holder.Stage),
        PitchedOn = holder.PitchedOn is { } pitched ? CalendarDate.ToIso(pitched) : string.Empty,
        Summary = summary,
        Contact = contact is { SharedWithClubs: true, HasDetails: true } ? new D.ContactDetails(contact.FullName, contact.Email, contact.Phone).ToContract() : null,
    };
}
