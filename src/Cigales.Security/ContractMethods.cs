using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Common.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Contracts.Grants.V1;
using Google.Api;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace Cigales.Security;

/// <summary>
/// A method of the contract and who may call it, read from the contract itself: the scope (a
/// method the JSON API serves with GET reads, as does a subscription; any other writes) and the roles besides staff
/// (<c>(cigales.common.v1.access).roles</c>).
/// </summary>
public sealed class ContractMethod
{
    private readonly TemplateMatcher? _jsonPath;

    internal ContractMethod(ServiceDescriptor service, MethodDescriptor method)
    {
        Descriptor = method;
        Service = Scopes.ServiceOf(service);
        GrpcPath = $"/{service.FullName}/{method.Name}";
        var http = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
        (JsonVerb, JsonPath) = http?.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => (HttpMethods.Get, http.Get),
            HttpRule.PatternOneofCase.Post => (HttpMethods.Post, http.Post),
            HttpRule.PatternOneofCase.Put => (HttpMethods.Put, http.Put),
            HttpRule.PatternOneofCase.Patch => (HttpMethods.Patch, http.Patch),
            HttpRule.PatternOneofCase.Delete => (HttpMethods.Delete, http.Delete),
            _ => (string.Empty, string.Empty),
        };
        if (JsonPath.Length > 0)
        {
            _jsonPath = new TemplateMatcher(TemplateParser.Parse(JsonPath), new RouteValueDictionary());
        }

        // A subscription (server streaming, no JSON twin) changes nothing: it reads.
        JsonParameters = JsonPath.Count(character => character == '{');
        Scope = JsonVerb == HttpMethods.Get || (JsonVerb.Length == 0 && method.IsServerStreaming)
            ? Scopes.Read(Service)
            : Scopes.Write(Service);
        var access = method.GetOptions()?.GetExtension(CommonExtensions.Access);
        OtherRoles = access?.Roles.ToList() ?? [];
    }

    public MethodDescriptor Descriptor { get; }

    /// <summary>The Cigales service it belongs to: clubs, grants, events or finance.</summary>
    public string Service { get; }

    /// <summary><c>/cigales.clubs.v1.ClubsService/GetClub</c>.</summary>
    public string GrpcPath { get; }

    public string JsonVerb { get; }

    /// <summary>The JSON API's path template (<c>/v1/clubs/{club_id}</c>); empty for a method with no JSON twin.</summary>
    public string JsonPath { get; }

    /// <summary>How many parameters the JSON path template has: of two templates that match, the one with fewer wins.</summary>
    public int JsonParameters { get; }

    public string Scope { get; }

    /// <summary>The roles besides staff that may call it.</summary>
    public IReadOnlyList<string> OtherRoles { get; }

    public bool Allows(string role) => role == Roles.Staff || OtherRoles.Contains(Roles.InContract(role), StringComparer.Ordinal);

    internal bool MatchesJson(string verb, PathString path) =>
        _jsonPath is not null
        && string.Equals(verb, JsonVerb, StringComparison.OrdinalIgnoreCase)
        && _jsonPath.TryMatch(path, new RouteValueDictionary());
}

/// <summary>Every method of the four services' contract.</summary>
public static class ContractMethods
{
    public static IReadOnlyList<ContractMethod> All { get; } =
        new[] { ClubsService.Descriptor, GrantsService.Descriptor, EventsService.Descriptor, FinanceService.Descriptor }
            .SelectMany(service => service.Methods.Select(method => new ContractMethod(service, method)))
            .ToList();

    private static readonly IReadOnlyDictionary<string, ContractMethod> ByGrpcPath = All.ToDictionary(method => method.GrpcPath);

    /// <summary>The method a gRPC path names; null for none of the contract.</summary>
    public static ContractMethod? ForGrpcPath(string path) => ByGrpcPath.GetValueOrDefault(path);

    // The gateway asks at every JSON call: only the methods of the verb and collection are tried.
    private static readonly ILookup<string, ContractMethod> ByVerbAndCollection = All
        .Where(method => method.JsonPath.Length > 0)
        .ToLookup(method => VerbAndCollection(method.JsonVerb, method.JsonPath), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The method a JSON request reaches (by its HTTP method and path); null for none. As in ASP.NET
    /// Core's routing, a template with fewer parameters wins (<c>/v1/x/latest</c> over <c>/v1/x/{id}</c>).
    /// </summary>
    public static ContractMethod? ForJson(string verb, PathString path) =>
        ByVerbAndCollection[VerbAndCollection(verb, path.Value ?? string.Empty)]
            .Where(method => method.MatchesJson(verb, path))
            .MinBy(method => method.JsonParameters);

    /// <summary>The collection a JSON path is in, its first two segments: <c>/v1/clubs</c> for <c>/v1/clubs/{club_id}/ledger</c>.</summary>
    public static string CollectionOf(string path)
    {
        var segments = path.Split('/', 4);
        return segments.Length >= 3 ? $"/{segments[1]}/{segments[2]}" : path;
    }

    private static string VerbAndCollection(string verb, string path) => $"{verb} {CollectionOf(path)}";
}
