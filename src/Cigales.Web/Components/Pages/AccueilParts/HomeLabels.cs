using Cigales.Contracts.Finance.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Web.Formatting;

namespace Cigales.Web.Components.Pages.AccueilParts;

/// <summary>The home page's words in French: what a deadline is about, how far it stands, the pipeline's steps.</summary>
public static class HomeLabels
{
    /// <summary>
    /// What the obligation asks, written from its kind and amount: the service's own sentence
    /// (<c>what</c>) is in English, for logs.
    /// </summary>
    public static string Obligation(ObligationKind kind, long amountCents) => kind switch
    {
        ObligationKind.FinalReport => "Compte rendu financier et rapport d'activité attendus",
        ObligationKind.ExtensionWindow => "Dernier jour pour demander une prorogation",
        ObligationKind.Clawback => "Dernier jour avant le reversement : sans compte rendu, tout ce qui a été versé peut être réclamé",
        ObligationKind.Payment => amountCents > 0 ? $"Versement attendu : {French.Amount(amountCents)}" : "Versement attendu",
        ObligationKind.Recovery => amountCents > 0 ? $"Titre de recette à rembourser : {French.Amount(amountCents)}" : "Titre de recette à rembourser",
        _ => "Échéance",
    };

    public static string State(ObligationState state) => state switch
    {
        ObligationState.Late => "En retard",
        ObligationState.Due => "Aujourd'hui",
        ObligationState.Upcoming => "À venir",
        _ => "Inconnu",
    };

    public static string Stage(PipelineStage stage) => stage switch
    {
        PipelineStage.Welcomed => "Accueillis",
        PipelineStage.Oriented => "Orientés",
        PipelineStage.Pitched => "Présentés aux clubs",
        PipelineStage.Studied => "Étudiés",
        PipelineStage.Financed => "Financés",
        PipelineStage.Followed => "Suivis",
        PipelineStage.Exited => "Sortis",
        PipelineStage.Dropped => "Abandons",
        _ => "Inconnu",
    };

    public static string Convention(ConventionStatus status) => status switch
    {
        ConventionStatus.Drafted => "En projet",
        ConventionStatus.Voted => "Votée",
        ConventionStatus.Signed => "Signée",
        ConventionStatus.Paid => "Versée",
        ConventionStatus.ReportSubmitted => "Bilan remis",
        ConventionStatus.Controlled => "Contrôlée",
        ConventionStatus.Closed => "Soldée",
        ConventionStatus.Terminated => "Résiliée",
        _ => "Inconnu",
    };
}
