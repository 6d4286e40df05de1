using Microsoft.IdentityModel.Tokens;

namespace Cigales.Identity.Store;

/// <summary>
/// The signing key, known once the database is read at start: OpenIddict's options are built at
/// the first request, after it, and take the key from here.
/// </summary>
public sealed class SigningKeyHolder
{
    private RsaSecurityKey? _key;

    public RsaSecurityKey Key => _key ?? throw new InvalidOperationException("the signing key is read at start, before any request");

    public void Set(RsaSecurityKey key) => _key = key;
}
