using Cigales.Contracts.Finance.V1;

namespace Cigales.Web.Components.Pages.Partenaires;

/// <summary>The partners' co-financing words in French.</summary>
public static class CoFinancingLabels
{
    public static IReadOnlyList<Instrument> Instruments { get; } =
        [Contracts.Finance.V1.Instrument.Loan, Contracts.Finance.V1.Instrument.EquityShares, Contracts.Finance.V1.Instrument.CurrentAccountAdvance, Contracts.Finance.V1.Instrument.ContributionWithRightOfRecovery];

    public static IReadOnlyList<CoFinancingStatus> Statuses { get; } =
        [CoFinancingStatus.Proposed, CoFinancingStatus.Committed, CoFinancingStatus.Disbursed, CoFinancingStatus.Declined];

    public static string Instrument(Instrument instrument) => instrument switch
    {
        Contracts.Finance.V1.Instrument.Loan => "Prêt",
        Contracts.Finance.V1.Instrument.EquityShares => "Prise de parts au capital",
        Contracts.Finance.V1.Instrument.CurrentAccountAdvance => "Apport en compte courant d'associé",
        Contracts.Finance.V1.Instrument.ContributionWithRightOfRecovery => "Apport avec droit de reprise",
        _ => "Non précisé",
    };

    public static string Status(CoFinancingStatus status) => status switch
    {
        CoFinancingStatus.Proposed => "Proposé au comité",
        CoFinancingStatus.Committed => "Engagé",
        CoFinancingStatus.Disbursed => "Versé",
        CoFinancingStatus.Declined => "Refusé",
        _ => "Non précisé",
    };
}
