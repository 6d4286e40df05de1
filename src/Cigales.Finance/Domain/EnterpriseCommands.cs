using Cigales.SharedKernel;

namespace Cigales.Finance.Domain;

/// <summary>The legal forms of the enterprises the clubs finance (DOMAIN.md).</summary>
public enum LegalForm
{
    Association,
    Sas,
    Sarl,
    Scop,
    Scic,
    /// <summary>A business incubator (couveuse d'entreprises).</summary>
    Couveuse,
    /// <summary>A business and employment cooperative (coopérative d'activité et d'emploi).</summary>
    Cae,
    SoleTrader,
}

public enum EnterpriseStage
{
    Unknown,
    Creation,
    Development,
    Takeover,
}

/// <summary>How a club's money goes into an enterprise.</summary>
public enum Instrument
{
    /// <summary>Shares of the enterprise's capital.</summary>
    EquityShares,
    /// <summary>A partner's current-account advance (apport en compte courant d'associé).</summary>
    CurrentAccountAdvance,
    /// <summary>A contribution with right of recovery (apport avec droit de reprise), for associations.</summary>
    ContributionWithRightOfRecovery,
    Loan,
}

/// <param name="Siret">14 digits, or empty.</param>
/// <param name="Rna">The associations' register number (W + 9 digits), or empty.</param>
/// <param name="CommuneCode">The INSEE code of the town, or empty when not known.</param>
/// <param name="ShareCapital">The share capital, for the forms that have one; null when none or not known.</param>
/// <param name="HolderId">The project holder whose enterprise it is; empty when none was registered.</param>
public sealed record RegisterEnterprise(
    string Name,
    string Siret,
    string Rna,
    LegalForm LegalForm,
    string Activity,
    string Town,
    string CommuneCode,
    string Department,
    string Territory,
    EnterpriseStage Stage,
    Money? ShareCapital,
    string HolderId);

public sealed record AllocateStake(
    string InvestmentId,
    string ClubId,
    Instrument Instrument,
    Money Amount,
    DateOnly On);

public sealed record RecordCoFinancing(
    string Key,
    string PartnerId,
    string PartnerName,
    Money Amount,
    Instrument Instrument,
    DateOnly On);

public sealed record CoFinancingLine(
    string Key,
    string PartnerId,
    string PartnerName,
    Money Amount,
    Instrument Instrument,
    DateOnly On);

/// <param name="LegalCategory">The INSEE legal category code of the form, where one exists (empty otherwise).</param>
public sealed record EnterpriseSnapshot(
    string EnterpriseId,
    RegisterEnterprise Details,
    string LegalCategory,
    DateTimeOffset RegisteredAt,
    IReadOnlyList<CoFinancingLine> CoFinancing);
