using Bunit;
using Cigales.Contracts.Clubs.V1;
using Cigales.Contracts.Events.V1;
using Cigales.Contracts.Finance.V1;
using Cigales.Contracts.Grants.V1;
using Cigales.Security;
using Cigales.Web.Access;
using Cigales.Web.SignIn;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MudBlazor;
using MudBlazor.Services;

namespace Cigales.Web.Tests;

/// <summary>
/// A screen rendered in memory as a signed-in person sees it: MudBlazor's services, the four
/// gRPC clients over a <see cref="ScriptedApi"/>, and the person's token with the memberships the
/// test gives. The clock stands on <see cref="Today"/>.
/// </summary>
public abstract class ScreenTest : BunitContext
{
    public static readonly DateTimeOffset Today = new(2025, 6, 16, 9, 0, 0, TimeSpan.Zero);

    public const string ChtiKarite = "773878fce8ac5d0fb835c31366465117";
    public const string PasDeCalaisActif = "7f2edb72f08459f8be1d8ade0fa2667b";
    public const string PasDeCalaisDepartement = "02bded71e09c571295c404d01778ef29";

    private readonly SignedInPerson _person = new();

    protected ScreenTest()
    {
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton<IPersonTokens>(_person);
        Services.AddScoped<PersonAccess>();
        Services.AddSingleton(new ClubsService.ClubsServiceClient(Api));
        Services.AddSingleton(new GrantsService.GrantsServiceClient(Api));
        Services.AddSingleton(new EventsService.EventsServiceClient(Api));
        Services.AddSingleton(new FinanceService.FinanceServiceClient(Api));
        SignedInAs("Camille Durand", new Membership(Roles.Staff, string.Empty));
        // After the services: each reads from the provider.
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", true));
    }

    protected ScriptedApi Api { get; } = new();

    protected FakeTimeProvider Clock { get; } = new(Today);

    /// <summary>The person the screen is rendered for, and what they hold.</summary>
    protected void SignedInAs(string name, params Membership[] memberships) => _person.Token = SignedInPerson.TokenFor(name, memberships);

    /// <summary>A person of the clubs' directory, signed in: their token names them (<c>person</c>).</summary>
    protected void SignedInAsPerson(string name, string personId, params Membership[] memberships) =>
        _person.Token = SignedInPerson.TokenFor(name, memberships, personId);

    /// <summary>The screen, inside MudBlazor's providers (selects and menus open in them).</summary>
    protected IRenderedComponent<TScreen> RenderScreen<TScreen>(Action<ComponentParameterCollectionBuilder<TScreen>>? parameters = null)
        where TScreen : IComponent
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return parameters is null ? Render<TScreen>() : Render(parameters);
    }

    private sealed class SignedInPerson : IPersonTokens
    {
        public string Token { get; set; } = string.Empty;

        public Task<string> GetAsync(CancellationToken cancel) => Task.FromResult(Token);

        public Task<string> CurrentAsync() => Task.FromResult(Token);

        /// <summary>An access token as the identity service writes one (unsigned: the screen only reads it).</summary>
        public static string TokenFor(string name, Membership[] memberships, string personId = "")
        {
            var claims = new Dictionary<string, object>
            {
                ["sub"] = "account-" + name.Replace(' ', '-').ToLowerInvariant(),
                ["name"] = name,
                [Membership.Claim] = memberships.Select(membership => membership.ToString()).ToArray(),
            };
            if (personId.Length > 0)
            {
                claims[Caller.PersonClaim] = personId;
            }

            return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor { Claims = claims });
        }
    }
}
