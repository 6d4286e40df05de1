using System.Security.Cryptography;
using System.Text.Json;
using Cigales.Identity.Store;
using Cigales.Security;
using Cigales.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace Cigales.Identity.Tests;

/// <summary>
/// The signing keys turn over: a key that has signed long enough gives way to a new one at a
/// start, and stays published while the tokens it signed may live; no key is stored in clear.
/// </summary>
public sealed class SigningKeyRotation(PostgresServer postgres)
{
    private static async Task AddKeyAsync(string connection, string id, RSA rsa, TimeSpan age)
    {
        await using var store = new IdentityStore(new DbContextOptionsBuilder<IdentityStore>().UseNpgsql(connection).UseOpenIddict().Options);
        await store.Database.MigrateAsync(TestContext.Current.CancellationToken);
        // As keys were stored before they were protected: the PEM in clear.
        store.SigningKeys.Add(new SigningKeyRecord(id, rsa.ExportPkcs8PrivateKeyPem(), DateTimeOffset.UtcNow - age));
        await store.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<string> StaffTokenAsync(IdentityOnDatabase identity)
    {
        using var response = await identity.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "staff-app", ["client_secret"] = Clients.StaffSecret,
        }));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
    }

    private static string SignedWith(RSA rsa, string keyId) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = new AuthOptions().Issuer,
        Audience = Scopes.Audience,
        Expires = DateTime.UtcNow.AddMinutes(30),
        SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = keyId }, SecurityAlgorithms.RsaSha256),
    });

    private static async Task<bool> ValidAsync(string token, JsonWebKeySet published) =>
        (await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = new AuthOptions().Issuer,
            ValidAudience = Scopes.Audience,
            IssuerSigningKeys = published.GetSigningKeys(),
        })).IsValid;

    private static async Task<IReadOnlyList<string>> StoredKeysAsync(string connection)
    {
        await using var data = NpgsqlDataSource.Create(connection);
        await using var command = data.CreateCommand("SELECT \"PrivateKeyPem\" FROM signing_keys");
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var keys = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    [Fact]
    public async Task AKeyThatHasSignedLongEnoughGivesWayAndStillValidatesItsTokens()
    {
        var connection = await postgres.CreateDatabaseAsync("identity-rotation");
        using var old = RSA.Create(2048);
        await AddKeyAsync(connection, "old-key", old, TimeSpan.FromDays(91));
        var tokenOfTheOldKey = SignedWith(old, "old-key");

        await using var identity = new IdentityOnDatabase(connection);
        var published = new JsonWebKeySet(await identity.CreateClient().GetStringAsync("/.well-known/jwks"));
        var signed = new JsonWebToken(await StaffTokenAsync(identity));

        Assert.NotEqual("old-key", signed.Kid);
        Assert.Equal([signed.Kid, "old-key"], published.Keys.Select(key => key.Kid).OrderBy(kid => kid == "old-key"));
        Assert.True(await ValidAsync(tokenOfTheOldKey, published));
        Assert.All(await StoredKeysAsync(connection), stored => Assert.DoesNotContain("PRIVATE KEY", stored));
    }

    [Fact]
    public async Task AKeyRetiredLongerThanItsTokensLiveIsNoLongerPublishedNorKept()
    {
        var connection = await postgres.CreateDatabaseAsync("identity-retired");
        using var retired = RSA.Create(2048);
        using var current = RSA.Create(2048);
        await AddKeyAsync(connection, "retired-key", retired, TimeSpan.FromDays(100));
        await AddKeyAsync(connection, "current-key", current, TimeSpan.FromDays(2));

        await using var identity = new IdentityOnDatabase(connection);
        var published = new JsonWebKeySet(await identity.CreateClient().GetStringAsync("/.well-known/jwks"));

        Assert.Equal("current-key", new JsonWebToken(await StaffTokenAsync(identity)).Kid);
        Assert.Equal(["current-key"], published.Keys.Select(key => key.Kid));
        Assert.False(await ValidAsync(SignedWith(retired, "retired-key"), published));
        Assert.Single(await StoredKeysAsync(connection));
    }

    [Fact]
    public async Task ANewKeyCanBeAskedForAtAStart()
    {
        var connection = await postgres.CreateDatabaseAsync("identity-rotate-now");
        using var young = RSA.Create(2048);
        await AddKeyAsync(connection, "young-key", young, TimeSpan.FromDays(1));

        await using var identity = new IdentityOnDatabase(connection, builder => builder.UseSetting("Identity:SigningKeys:RotateNow", "true"));
        var signed = new JsonWebToken(await StaffTokenAsync(identity));

        Assert.NotEqual("young-key", signed.Kid);
        Assert.Equal(2, new JsonWebKeySet(await identity.CreateClient().GetStringAsync("/.well-known/jwks")).Keys.Count);
    }
}
