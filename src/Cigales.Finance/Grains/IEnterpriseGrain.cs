using Cigales.Finance.Domain;

namespace Cigales.Finance.Grains;

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
