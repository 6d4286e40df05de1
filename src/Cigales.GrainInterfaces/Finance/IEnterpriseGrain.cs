namespace Cigales.GrainInterfaces.Finance;

/// <summary>
/// An enterprise the clubs may finance, keyed by its id: the single writer of its details, of the
/// stakes the clubs take in it (so that the limits on a stake hold whoever invests at once), and
/// of the co-financing its partners record.
/// </summary>
public interface IEnterpriseGrain : IGrainWithStringKey
{
    Task<EnterpriseSnapshot> RegisterAsync(RegisterEnterprise command);

    Task<EnterpriseSnapshot?> GetAsync();

    /// <summary>
    /// Sets a club's stake aside for an investment, once per investment id, refused when it would
    /// break a limit (25 % of an SARL, a third of an SAS, the capital itself) or the instrument
    /// does not suit the enterprise.
    /// </summary>
    Task AllocateAsync(AllocateStake command);

    /// <summary>The stake was paid: it counts as held from now on (idempotent).</summary>
    Task ConfirmAsync(string investmentId, DateOnly on);

    /// <summary>The stake no longer counts: abandoned, exited or written off (idempotent).</summary>
    Task ReleaseAsync(string investmentId, DateOnly on);

    /// <summary>A partner of the Pôle de la Finance Solidaire records its own financing, once per key.</summary>
    Task<EnterpriseSnapshot> RecordCoFinancingAsync(RecordCoFinancing command);
}

/// <summary>The legal forms of the enterprises the clubs finance (DOMAIN.md).</summary>
[GenerateSerializer]
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

[GenerateSerializer]
public enum EnterpriseStage
{
    Unknown,
    Creation,
    Development,
    Takeover,
}

/// <summary>How a club's money goes into an enterprise.</summary>
[GenerateSerializer]
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
/// <param name="ShareCapitalCents">The share capital, for the forms that have one; null when none or not known.</param>
/// <param name="HolderId">The project holder whose enterprise it is; empty when none was registered.</param>
[GenerateSerializer, Immutable]
public sealed record RegisterEnterprise(
    [property: Id(0)] string Name,
    [property: Id(1)] string Siret,
    [property: Id(2)] string Rna,
    [property: Id(3)] LegalForm LegalForm,
    [property: Id(4)] string Activity,
    [property: Id(5)] string Town,
    [property: Id(6)] string CommuneCode,
    [property: Id(7)] string Department,
    [property: Id(8)] string Territory,
    [property: Id(9)] EnterpriseStage Stage,
    [property: Id(10)] long? ShareCapitalCents,
    [property: Id(11)] string HolderId);

[GenerateSerializer, Immutable]
public sealed record AllocateStake(
    [property: Id(0)] string InvestmentId,
    [property: Id(1)] string ClubId,
    [property: Id(2)] Instrument Instrument,
    [property: Id(3)] long AmountCents,
    [property: Id(4)] DateOnly On);

[GenerateSerializer, Immutable]
public sealed record RecordCoFinancing(
    [property: Id(0)] string Key,
    [property: Id(1)] string PartnerId,
    [property: Id(2)] string PartnerName,
    [property: Id(3)] long AmountCents,
    [property: Id(4)] Instrument Instrument,
    [property: Id(5)] DateOnly On);

[GenerateSerializer, Immutable]
public sealed record CoFinancingLine(
    [property: Id(0)] string Key,
    [property: Id(1)] string PartnerId,
    [property: Id(2)] string PartnerName,
    [property: Id(3)] long AmountCents,
    [property: Id(4)] Instrument Instrument,
    [property: Id(5)] DateOnly On);

/// <param name="LegalCategory">The INSEE legal category code of the form, where one exists (empty otherwise).</param>
[GenerateSerializer, Immutable]
public sealed record EnterpriseSnapshot(
    [property: Id(0)] string EnterpriseId,
    [property: Id(1)] RegisterEnterprise Details,
    [property: Id(2)] string LegalCategory,
    [property: Id(3)] DateTimeOffset RegisteredAt,
    [property: Id(4)] IReadOnlyList<CoFinancingLine> CoFinancing);
