using System.Security.Claims;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Http;

namespace Cigales.Security;

/// <summary>
/// The scopes of the API: to read and to write each service's data. What a method needs is read
/// from the contract itself (<see cref="ContractMethods"/>).
/// </summary>
public static class Scopes
{
    /// <summary>The audience of every access token the API accepts.</summary>
    public const string Audience = "cigales-api";

    public const string Claim = "scope";

    public static readonly IReadOnlyList<string> Services = ["clubs", "grants", "events", "finance"];

    public static IReadOnlyList<string> All { get; } = Services.SelectMany(service => new[] { Read(service), Write(service) }).ToList();

    /// <summary>
    /// The scopes a role may have: staff all of them; a club's officers read and write clubs, its
    /// members read; both read finance, for the projects of their department (the contract's roles
    /// on each method still decide what they read); a partner reads and writes what it shares and
    /// co-finances; a funder reads and writes its own conventions.
    /// </summary>
    public static IReadOnlyList<string> ForRole(string role) => Roles.InContract(role) switch
    {
        Roles.Staff => All,
        Roles.ClubManager => [Read("clubs"), Write("clubs"), Read("finance")],
        Roles.ClubMember => [Read("clubs"), Read("finance")],
        Roles.Partner => [Read("finance"), Write("finance")],
        Roles.Funder => [Read("grants"), Write("grants")],
        _ => [],
    };

    public static string Read(string service) => $"{service}.read";

    public static string Write(string service) => $"{service}.write";

    /// <summary>The scope a call needs, by its gRPC path (<c>/cigales.clubs.v1.ClubsService/GetClub</c>); null for no method of the contract.</summary>
    public static string? ForGrpcMethod(string path) => ContractMethods.ForGrpcPath(path)?.Scope;

    /// <summary>The scope a JSON call to a service needs, by its HTTP method.</summary>
    public static string ForJson(string service, string httpMethod) =>
        HttpMethods.IsGet(httpMethod) || HttpMethods.IsHead(httpMethod) ? Read(service) : Write(service);

    /// <summary>The service a contract's gRPC service belongs to: <c>cigales.clubs.v1</c> → <c>clubs</c>.</summary>
    public static string ServiceOf(ServiceDescriptor service) => service.File.Package.Split('.')[1];

    /// <summary>Whether the principal's token grants the scope (scopes come space-separated, in one claim or several).</summary>
    public static bool HasScope(this ClaimsPrincipal principal, string scope) =>
        principal.FindAll(Claim).SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Contains(scope, StringComparer.Ordinal);
}
