using Microsoft.IdentityModel.Tokens;

namespace Cigales.Identity.Store;

/// <summary>
/// The signing keys, known once the database is read at start: OpenIddict's options are built at
/// the first request, after it, and take the keys from here — the one that signs first, then the
/// retired ones still published.
/// </summary>
public sealed class SigningKeyHolder
{
    private IReadOnlyList<RsaSecurityKey>? _keys;

    public IReadOnlyList<RsaSecurityKey> Keys => _keys ?? throw new InvalidOperationException("the signing keys are read at start, before any request");

    /// <summary>The key that signs.</summary>
    public RsaSecurityKey Key => Keys[0];

    public void Set(IReadOnlyList<RsaSecurityKey> keys) => _keys = keys.Count > 0 ? keys : throw new ArgumentException("no signing key", nameof(keys));
}
