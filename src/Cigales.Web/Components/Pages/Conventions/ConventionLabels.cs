using Cigales.Contracts.Grants.V1;

namespace Cigales.Web.Components.Pages.Conventions;

/// <summary>The grants' words in French, as the association and the Département say them.</summary>
public static class ConventionLabels
{
    public static string Status(ConventionStatus status) => status switch
    {
        ConventionStatus.Drafted => "En préparation",
        ConventionStatus.Voted => "Votée",
        ConventionStatus.Signed => "Signée",
        ConventionStatus.Paid => "Versée",
        ConventionStatus.ReportSubmitted => "Bilan remis",
        ConventionStatus.Controlled => "Contrôlée",
        ConventionStatus.Closed => "Clôturée",
        ConventionStatus.Terminated => "Résiliée",
        _ => "Inconnu",
    };

    public static string ItemKind(BudgetItemKind kind) => kind switch
    {
        BudgetItemKind.Staff => "Salariat (jours)",
        BudgetItemKind.Volunteer => "Bénévolat (heures)",
        _ => "Autre",
    };

    public static IReadOnlyList<BudgetItemKind> ItemKinds { get; } = [BudgetItemKind.Unspecified, BudgetItemKind.Staff, BudgetItemKind.Volunteer];

    /// <summary>A line's quantity with its unit: "30 jours", "700 heures"; empty for a line counted in euros only.</summary>
    public static string Quantity(BudgetItemKind kind, double quantity) => kind switch
    {
        BudgetItemKind.Staff => $"{Number(quantity)} jour{(quantity > 1 ? "s" : string.Empty)}",
        BudgetItemKind.Volunteer => $"{Number(quantity)} heure{(quantity > 1 ? "s" : string.Empty)}",
        _ => string.Empty,
    };

    /// <summary>Days and hours as the report writes them: 12, 6,5.</summary>
    public static string Number(double value) => value.ToString("0.##", WebAppRegistration.French);

    public static string Obligation(ObligationKind kind) => kind switch
    {
        ObligationKind.FinalReport => "Bilan final à remettre",
        ObligationKind.ExtensionWindow => "Dernier jour pour demander une prolongation",
        ObligationKind.Clawback => "Remboursement exigible sans bilan",
        ObligationKind.Payment => "Versement attendu",
        ObligationKind.Recovery => "Titre de recette à rembourser",
        _ => "Échéance",
    };

    public static string DeadlineState(ObligationState state) => state switch
    {
        ObligationState.Upcoming => "À venir",
        ObligationState.Due => "Aujourd'hui",
        ObligationState.Late => "En retard",
        _ => "—",
    };

    public static string Termination(TerminationKind kind) => kind switch
    {
        TerminationKind.Notice => "Après mise en demeure restée sans effet",
        TerminationKind.FalseDeclaration => "Immédiate, pour fausse déclaration",
        TerminationKind.BeneficiaryRequest => "À la demande de l'association, qui abandonne le projet",
        _ => "Résiliation",
    };

    /// <summary>An IBAN as it is printed, in groups of four.</summary>
    public static string Iban(string iban) => Cigales.SharedKernel.Iban.Grouped(iban);

    /// <summary>The rule an inconsistency of the final report breaks, in French.</summary>
    public static string Inconsistency(string rule) => rule switch
    {
        "report.total" => "Le total écrit n'est pas la somme des lignes",
        "budget.balanced" => "Les charges et les produits ne s'équilibrent pas",
        "budget.staff_rate" => "La ligne salariée n'est pas le nombre de jours × le tarif journalier",
        "budget.volunteer_rate" => "La valorisation du bénévolat n'est pas le nombre d'heures × le tarif horaire",
        "budget.volunteer_both_sides" => "Le bénévolat doit figurer en charges et en produits pour le même montant",
        "budget.axes_days" => "Les jours salariés du budget diffèrent du temps relevé pour les axes",
        "budget.axes_hours" => "Les heures bénévoles du budget diffèrent du temps relevé pour les axes",
        "report.activity_unattributed" => "Un événement tenu n'est rattaché à aucun axe",
        "report.text_figure" => "Un chiffre du rapport d'activité diffère des relevés",
        "report.text_product" => "Un total du rapport d'activité n'est pas la quantité × le taux écrits",
        "report.expenses" => "Une ligne diffère de la somme de ses dépenses enregistrées",
        _ => $"Incohérence ({rule})",
    };

    /// <summary>A side of the budget: "charges" or "products", as the report names them.</summary>
    public static string Side(string side) => side == "products" ? "Produits" : "Charges";
}
