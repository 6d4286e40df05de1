using System.Collections.Frozen;
using Grpc.Core;

namespace Cigales.Web.Api;

/// <summary>
/// Each rule the API may name when it refuses, as a French sentence for the person at the screen.
/// The rules are the services' own (<c>club.full</c>, <c>siret.valid</c>…) and the contract's
/// (<c>string.pattern</c>, <c>required</c>…); a test holds every rule of the services' code to a sentence here.
/// </summary>
public static class RefusalTexts
{
    private static readonly FrozenDictionary<string, string> ByRule = new Dictionary<string, string>
    {
        // The contract's checks (protovalidate), on any field.
        ["required"] = "Ce champ est obligatoire.",
        ["string.pattern"] = "Ce champ n'a pas la forme attendue.",
        ["string.max_len"] = "Ce texte est trop long.",
        ["string.min_len"] = "Ce texte est trop court.",
        ["string.uuid"] = "Cet identifiant n'est pas valable.",
        ["string.email"] = "Cette adresse e-mail n'est pas valable.",
        ["enum.defined_only"] = "Choisissez une valeur de la liste.",
        ["enum.not_in"] = "Choisissez une valeur de la liste.",
        ["int32.gte_lte"] = "Ce nombre sort des limites permises.",
        ["int64.gte_lte"] = "Ce montant sort des limites permises (un milliard d'euros au plus).",
        ["money.positive"] = "Le montant doit être supérieur à zéro.",
        ["money.not_negative"] = "Le montant ne peut pas être négatif.",
        ["date.valid"] = "Cette date n'existe pas.",

        // Clubs.
        ["club.full"] = "Le club est complet : 20 membres au plus.",
        ["club.min_members"] = "Il faut au moins 5 membres pour que le club investisse.",
        ["club.name_required"] = "Le nom du club est obligatoire.",
        ["date.not_future"] = "Cette date ne peut pas être dans le futur.",
        ["date.after_creation"] = "Cette date ne peut pas précéder la création du club.",
        ["member.already"] = "Cette personne est déjà membre du club.",
        ["member.current"] = "Cette personne n'est pas membre du club à cette date.",
        ["contribution.key_reused"] = "Cette clé d'enregistrement a déjà servi pour un autre versement.",
        ["person.full_name_required"] = "Le nom de la personne est obligatoire.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The rules that have a sentence.</summary>
    public static IEnumerable<string> Rules => ByRule.Keys;

    public static string For(string rule, StatusCode code) =>
        ByRule.TryGetValue(rule, out var text) ? text : ForStatus(code);

    /// <summary>When the API named no rule: what the status says.</summary>
    public static string ForStatus(StatusCode code) => code switch
    {
        StatusCode.PermissionDenied => "Vous n'avez pas le droit de faire cela.",
        StatusCode.Unauthenticated => "Votre session a pris fin : reconnectez-vous.",
        StatusCode.NotFound => "Introuvable : cet élément n'existe pas ou plus.",
        StatusCode.AlreadyExists => "Cet enregistrement existe déjà.",
        StatusCode.Unavailable or StatusCode.DeadlineExceeded => "Le service ne répond pas pour le moment. Réessayez dans un instant : rien n'a été enregistré en double.",
        StatusCode.ResourceExhausted => "Trop de demandes en peu de temps. Réessayez dans une minute.",
        StatusCode.InvalidArgument => "Une valeur saisie n'est pas valable.",
        StatusCode.FailedPrecondition => "L'état actuel ne permet pas cette action.",
        _ => "Une erreur inattendue est survenue. Réessayez ; si elle persiste, prévenez l'équipe de l'association.",
    };
}
