using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Cigales.Identity.Store;

/// <summary>How the signing keys turn over (section <c>Identity:SigningKeys</c>).</summary>
public sealed class SigningKeyOptions
{
    public const string Section = "Identity:SigningKeys";

    /// <summary>A key signs for this long (90 days), then a new one takes over at the next start.</summary>
    public TimeSpan RotateAfter { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// How long a key that no longer signs is still published (a day): longer than any token it
    /// signed lives (an hour for a system's, minutes for a person's), so every such token stays valid.
    /// </summary>
    public TimeSpan PublishedAfterRetirement { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A new key at this start, whatever the age of the current one (<c>--Identity:SigningKeys:RotateNow=true</c>).</summary>
    public bool RotateNow { get; set; }
}

/// <summary>
/// The keys tokens are signed with, kept in the database protected by ASP.NET Core Data Protection
/// (whose key ring is elsewhere: <c>Identity:KeyRing</c>), so that a copy of the database alone
/// gives no key. At each start: a key still stored in clear (written before) is protected; a new
/// key is made when the newest has signed long enough; the newest signs, and the keys it replaced
/// are published beside it until every token they signed has expired, then deleted.
/// </summary>
public static class SigningKeys
{
    private const string Purpose = "Cigales.Identity.SigningKeys";

    /// <summary>The keys to publish, the one that signs first.</summary>
    public static async Task<IReadOnlyList<RsaSecurityKey>> PrepareAsync(
        IdentityStore store, IDataProtectionProvider protection, SigningKeyOptions options, TimeProvider clock, CancellationToken cancellation)
    {
        var protector = protection.CreateProtector(Purpose);
        var now = clock.GetUtcNow();
        var stored = await store.SigningKeys.OrderByDescending(key => key.CreatedAt).ToListAsync(cancellation);

        foreach (var clear in stored.Where(key => IsClear(key.PrivateKeyPem)).ToList())
        {
            var index = stored.IndexOf(clear);
            store.SigningKeys.Remove(clear);
            stored[index] = clear with { PrivateKeyPem = protector.Protect(clear.PrivateKeyPem) };
            store.SigningKeys.Add(stored[index]);
        }

        if (stored.Count == 0 || options.RotateNow || now - stored[0].CreatedAt >= options.RotateAfter)
        {
            using var rsa = RSA.Create(2048);
            var created = new SigningKeyRecord(Guid.NewGuid().ToString("N"), protector.Protect(rsa.ExportPkcs8PrivateKeyPem()), now);
            store.SigningKeys.Add(created);
            stored.Insert(0, created);
        }

        // A key retired when the next one was made: published while the tokens it signed may live.
        var published = stored.Where((key, index) => index == 0 || now - stored[index - 1].CreatedAt < options.PublishedAfterRetirement).ToList();
        store.SigningKeys.RemoveRange(stored.Except(published));
        await store.SaveChangesAsync(cancellation);

        return [.. published.Select(key =>
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(protector.Unprotect(key.PrivateKeyPem));
            return new RsaSecurityKey(rsa) { KeyId = key.Id };
        })];
    }

    private static bool IsClear(string stored) => stored.StartsWith("-----BEGIN", StringComparison.Ordinal);
}
