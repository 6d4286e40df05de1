using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Web.Api;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Cigales.Web.Components.Pages.Porteurs;

/// <summary>The pipeline's words in French, as the association says them.</summary>
public static class PipelineLabels
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The board's columns, in the pipeline's order, the holders who left it last.</summary>
    public static IReadOnlyList<PipelineStage> Stages { get; } =
    [
        PipelineStage.Welcomed, PipelineStage.Oriented, PipelineStage.Pitched, PipelineStage.Studied,
        PipelineStage.Financed, PipelineStage.Followed, PipelineStage.Exited, PipelineStage.Dropped,
    ];

    public static IReadOnlyList<OriginKind> Origins { get; } =
        [OriginKind.Partner, OriginKind.Event, OriginKind.Phone, OriginKind.Mail, OriginKind.Club, OriginKind.Other];

    public static IReadOnlyList<ExchangeKind> ExchangeKinds { get; } = [ExchangeKind.Call, ExchangeKind.Email, ExchangeKind.Meeting, ExchangeKind.Note];

    public static string Exchange(ExchangeKind kind) => kind switch
    {
        ExchangeKind.Call => "Appel",
        ExchangeKind.Email => "E-mail",
        ExchangeKind.Meeting => "Rendez-vous",
        ExchangeKind.Note => "Note",
        _ => "Non précisé",
    };

    public static string Suggestion(SuggestedClub suggestion) => suggestion.Basis switch
    {
        SuggestionBasis.Commune => $"{suggestion.ClubName}, club de sa commune",
        SuggestionBasis.Territory => $"{suggestion.ClubName}, club de son territoire",
        SuggestionBasis.Department => $"{suggestion.ClubName}, club de son département",
        _ => "Aucun club en formation ou qui investit dans son département",
    };

    public static string Stage(PipelineStage stage) => stage switch
    {
        PipelineStage.Welcomed => "Accueilli",
        PipelineStage.Oriented => "Orienté",
        PipelineStage.Pitched => "Présenté aux clubs",
        PipelineStage.Studied => "Étudié",
        PipelineStage.Financed => "Financé",
        PipelineStage.Followed => "Suivi",
        PipelineStage.Exited => "Sorti",
        PipelineStage.Dropped => "Abandonné",
        _ => "Inconnue",
    };

    public static string Origin(OriginKind kind) => kind switch
    {
        OriginKind.Partner => "Un partenaire (prescripteur)",
        OriginKind.Event => "Un événement",
        OriginKind.Phone => "Un appel",
        OriginKind.Mail => "Un courrier ou un e-mail",
        OriginKind.Club => "Un club",
        OriginKind.Other => "Autre",
        _ => "Non précisée",
    };

    /// <summary>A holder who was dropped or has exited has left the pipeline: nothing moves it any more.</summary>
    public static bool IsOpen(PipelineStage stage) => stage is not (PipelineStage.Dropped or PipelineStage.Exited);

    /// <summary>The steps a holder may still reach: the pipeline goes forward and may skip steps.</summary>
    public static IEnumerable<PipelineStage> After(PipelineStage stage) =>
        Stages.Where(next => next > stage && next != PipelineStage.Dropped);

    /// <summary>A change of the project's history, as staff read it.</summary>
    public static string Change(string kind) => kind switch
    {
        "ProjectHolderRegistered" => "Porteur de projet enregistré",
        "StageReached" => "Étape franchie",
        "ProjectHolderDropped" => "Abandon du parcours",
        "ProjectShared" => "Projet partagé avec les partenaires",
        "SharingUpdated" => "Partage modifié",
        "SharingWithdrawn" => "Partage retiré",
        "PartnerCoFinancingRecorded" => "Cofinancement d'un partenaire enregistré",
        "AccessRefused" => "Accès refusé",
        _ => kind,
    };

    /// <summary>When a change was stored, on the association's clock: 19/05/2025 14:03.</summary>
    public static string When(Timestamp? recordedAt) => recordedAt is null
        ? string.Empty
        : TimeZoneInfo.ConvertTime(recordedAt.ToDateTimeOffset(), Paris).ToString("dd/MM/yyyy HH:mm", WebAppRegistration.French);

    /// <summary>What a history entry adds: the rule that refused an access, the reason of a drop or a withdrawal.</summary>
    public static string Detail(HistoryEntry entry)
    {
        var data = entry.Data?.Fields;
        if (data is null)
        {
            return string.Empty;
        }

        if (entry.Kind == "AccessRefused")
        {
            var method = data.TryGetValue("method", out var called) ? called.StringValue.Split('/')[^1] : string.Empty;
            var rule = data.TryGetValue("rule", out var refusedBy) ? refusedBy.StringValue : string.Empty;
            var code = data.TryGetValue("status", out var status) && System.Enum.TryParse<StatusCode>(status.StringValue, out var parsed) ? parsed : StatusCode.PermissionDenied;
            return $"{method} : {RefusalTexts.For(rule, code)}";
        }

        return data.TryGetValue("Reason", out var reason) ? reason.StringValue : string.Empty;
    }

}
