using Cigales.Contracts.Clubs.V1;
using Cigales.Identity.Store;
using Cigales.Security;
using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using System.Security.Claims;

namespace Cigales.Identity.Clubs;

/// <summary>What a person may do in clubs, as the Clubs service records it.</summary>
public interface IClubRoles
{
    /// <summary>A membership for each club the person belongs to today: their office there, or member.</summary>
    Task<IReadOnlyList<Membership>> OfPersonAsync(string personId, CancellationToken cancellation);
}

/// <summary>
/// Asks the Clubs service (gRPC, found by service discovery) with a token this service signs for
/// itself — staff's reading of clubs, for a minute. The Clubs service is the one record of who
/// holds which office: the accounts keep no copy that could disagree with it.
/// </summary>
public sealed class ClubRolesFromClubs(ClubsService.ClubsServiceClient clubs, SigningKeyHolder signingKey, IConfiguration configuration, TimeProvider clock) : IClubRoles
{
    public const string ClientId = "cigales-identity";

    public async Task<IReadOnlyList<Membership>> OfPersonAsync(string personId, CancellationToken cancellation)
    {
        var answer = await clubs.GetPersonClubsAsync(
            new GetPersonClubsRequest { PersonId = personId },
            new Metadata { { "authorization", $"Bearer {OwnToken()}" } },
            deadline: clock.GetUtcNow().UtcDateTime.AddSeconds(10),
            cancellationToken: cancellation);
        return [.. answer.Clubs.Select(club => new Membership(RoleOf(club.Office), club.ClubId))];
    }

    private static string RoleOf(OfficerRole office) => office switch
    {
        OfficerRole.Manager => Roles.ClubManager,
        OfficerRole.Treasurer => Roles.ClubTreasurer,
        OfficerRole.Secretary => Roles.ClubSecretary,
        _ => Roles.ClubMember,
    };

    private string OwnToken()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = configuration[$"{AuthOptions.Section}:Issuer"] ?? new AuthOptions().Issuer,
            Audience = Scopes.Audience,
            Subject = new ClaimsIdentity(
            [
                new Claim(Caller.SubjectClaim, ClientId),
                new Claim(Caller.NameClaim, "Cigales (identité)"),
                new Claim(Membership.Claim, new Membership(Roles.Staff, string.Empty).ToString()),
                new Claim(Scopes.Claim, Scopes.Read("clubs")),
            ]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(1),
            SigningCredentials = new SigningCredentials(signingKey.Key, SecurityAlgorithms.RsaSha256),
        });
    }
}
