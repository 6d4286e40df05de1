using Cigales.Grants.Domain;
using Cigales.SharedKernel;

namespace Cigales.Grants.Tests;

/// <summary>
/// The 2025 convention between the Département du Pas-de-Calais and the regional association
/// (data/reference/pas-de-calais.json, "convention_2025"), figure for figure.
/// </summary>
public static class TheConvention2025
{
    public const string FunderSiret = "22620001200012";
    public const string BeneficiarySiret = "38035677400055";
    public static readonly Money Grant = Money.FromEuros(9_900);
    public static readonly Money Credits = Money.FromEuros(100_000);

    public static readonly RegisterOrganisation Funder =
        new("Département du Pas-de-Calais", "Hôtel du Département, rue Ferdinand Buisson, 62018 Arras Cedex 9", FunderSiret, string.Empty);

    public static readonly RegisterOrganisation Beneficiary =
        new("Les Cigales des Hauts-de-France", "235 boulevard Paul Painlevé, 59000 Lille", BeneficiarySiret, string.Empty);

    public static OpenBudgetLine BudgetLine(string funderId) => new(funderId, 2025, "C01-650A01", "6568//9365", "Mission ESS", Credits);

    public static readonly ValuationRates Rates = new(Money.FromEuros(365), Money.FromEuros(20));

    public static readonly IReadOnlyList<ActionAxis> Axes =
    [
        new(1, "S'appuyer sur les actions de sensibilisation du Budget citoyen pour encourager de nouvelles dynamiques citoyennes locales", 12, 230),
        new(2, "Développer et renforcer le maillage territorial des CIGALES par la mobilisation citoyenne", 12, 270),
        new(3, "Organiser et appuyer les rencontres entre porteurs d'initiatives, cigaliers et partenaires de la Finance Solidaire", 6, 200),
    ];

    public static readonly ProvisionalBudget Budget = new(
        [
            new("Prestations salariat", Money.FromEuros(10_950), BudgetItemKind.Staff, 30),
            new("Frais de déplacement", Money.FromEuros(1_840)),
            new("Mission - réception", Money.FromEuros(110)),
            new("Valorisation du bénévolat", Money.FromEuros(14_000), BudgetItemKind.Volunteer, 700),
        ],
        [
            new("Département 62", Money.FromEuros(9_900)),
            new("Auto-financement", Money.FromEuros(3_000)),
            new("Valorisation du bénévolat", Money.FromEuros(14_000), BudgetItemKind.Volunteer, 700),
        ]);

    public static ConventionTerms Terms(string funderId, string beneficiaryId, string budgetLineId) => new(
        "2025-02585",
        "Partenariat 2025 — contribution aux politiques départementales en faveur de l'économie sociale et solidaire",
        new Party(funderId, "Le Président du Conseil départemental", "Président"),
        new Party(beneficiaryId, "La Présidente", "Présidente"),
        ["Code général des collectivités territoriales, article L. 1611-4", "Loi n° 2000-321 du 12 avril 2000, article 10"],
        Axes,
        Budget,
        Rates,
        Grant,
        new DateOnly(2025, 1, 1),
        new DateOnly(2025, 12, 31),
        [new Instalment(Grant, null, "at signature")],
        new DateOnly(2026, 6, 1),
        new ConventionRuleValues(ClawbackMonthsAfterEnd: 6, ExtensionRequestMonthsBeforeEnd: 6, TerminationNoticeMonths: 1),
        budgetLineId);

    public static readonly CommitteeReport Report = new("26", new DateOnly(2025, 5, 5), "favourable");

    public static readonly Deliberation AdoptedDeliberation = new("2025-157", new DateOnly(2025, 5, 19), "Commission Permanente", 43, 0, 0, 1);

    /// <summary>The report as the association could file it: what the budget planned, done.</summary>
    public static FinalReport FinalReport(DateOnly on) => new(on, Budget, Axes, "Rapport d'activité 2025: sensibilisation, maillage territorial, rencontres.");
}
