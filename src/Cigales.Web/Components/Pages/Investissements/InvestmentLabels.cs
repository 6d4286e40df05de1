using Cigales.Contracts.Finance.V1;

namespace Cigales.Web.Components.Pages.Investissements;

/// <summary>The investments' and enterprises' words in French, as the network says them.</summary>
public static class InvestmentLabels
{
    public static string Status(InvestmentStatus status) => status switch
    {
        InvestmentStatus.Requested => "En cours d'engagement",
        InvestmentStatus.Committed => "Engagé",
        InvestmentStatus.PartlyDisbursed => "Partiellement versé",
        InvestmentStatus.Disbursed => "Versé",
        InvestmentStatus.PartlyRepaid => "Partiellement remboursé",
        InvestmentStatus.FullyRepaid => "Remboursé",
        InvestmentStatus.Exited => "Sorti",
        InvestmentStatus.WrittenOff => "Passé en perte",
        InvestmentStatus.Abandoned => "Abandonné",
        InvestmentStatus.Cancelled => "Annulé",
        _ => "Inconnu",
    };

    public static string Instrument(Instrument instrument) => instrument switch
    {
        Contracts.Finance.V1.Instrument.EquityShares => "Parts sociales",
        Contracts.Finance.V1.Instrument.CurrentAccountAdvance => "Avance en compte courant",
        Contracts.Finance.V1.Instrument.ContributionWithRightOfRecovery => "Apport avec droit de reprise",
        Contracts.Finance.V1.Instrument.Loan => "Prêt",
        _ => "Non précisé",
    };

    public static string LegalForm(LegalForm form) => form switch
    {
        Contracts.Finance.V1.LegalForm.Association => "Association",
        Contracts.Finance.V1.LegalForm.Sas => "SAS",
        Contracts.Finance.V1.LegalForm.Sarl => "SARL",
        Contracts.Finance.V1.LegalForm.Scop => "SCOP",
        Contracts.Finance.V1.LegalForm.Scic => "SCIC",
        Contracts.Finance.V1.LegalForm.Couveuse => "Couveuse d'entreprises",
        Contracts.Finance.V1.LegalForm.Cae => "Coopérative d'activité et d'emploi (CAE)",
        Contracts.Finance.V1.LegalForm.SoleTrader => "Entreprise individuelle",
        _ => "Non précisée",
    };

    public static string Stage(EnterpriseStage stage) => stage switch
    {
        EnterpriseStage.Creation => "Création",
        EnterpriseStage.Development => "Développement",
        EnterpriseStage.Takeover => "Reprise",
        _ => "Non précisé",
    };

    public static string VoteRule(VoteRule rule) => rule switch
    {
        Contracts.Finance.V1.VoteRule.Majority => "Majorité",
        Contracts.Finance.V1.VoteRule.Unanimity => "Unanimité",
        _ => "Non précisée",
    };

    public static IReadOnlyList<InvestmentStatus> Statuses { get; } =
    [
        InvestmentStatus.Requested, InvestmentStatus.Committed, InvestmentStatus.PartlyDisbursed, InvestmentStatus.Disbursed, InvestmentStatus.PartlyRepaid, InvestmentStatus.FullyRepaid,
        InvestmentStatus.Exited, InvestmentStatus.WrittenOff, InvestmentStatus.Abandoned, InvestmentStatus.Cancelled,
    ];

    public static IReadOnlyList<Instrument> Instruments { get; } =
    [
        Contracts.Finance.V1.Instrument.EquityShares, Contracts.Finance.V1.Instrument.CurrentAccountAdvance,
        Contracts.Finance.V1.Instrument.ContributionWithRightOfRecovery, Contracts.Finance.V1.Instrument.Loan,
    ];

    public static IReadOnlyList<LegalForm> LegalForms { get; } =
    [
        Contracts.Finance.V1.LegalForm.Association, Contracts.Finance.V1.LegalForm.Sas, Contracts.Finance.V1.LegalForm.Sarl,
        Contracts.Finance.V1.LegalForm.Scop, Contracts.Finance.V1.LegalForm.Scic, Contracts.Finance.V1.LegalForm.Couveuse,
        Contracts.Finance.V1.LegalForm.Cae, Contracts.Finance.V1.LegalForm.SoleTrader,
    ];

    public static IReadOnlyList<EnterpriseStage> Stages { get; } = [EnterpriseStage.Creation, EnterpriseStage.Development, EnterpriseStage.Takeover];
}
