using System.Threading.RateLimiting;
using Cigales.Identity.Mail;
using Cigales.ServiceDefaults.Mail;
using Cigales.Identity.Store;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;

namespace Cigales.Identity.Accounts;

/// <summary>Where the settings of sign-in live (section <c>Identity:SignIn</c>).</summary>
public sealed class SignInOptions
{
    public const string Section = "Identity:SignIn";

    /// <summary>Attempts to sign in (sent forms) per address and minute, before 429.</summary>
    public int AttemptsPerMinute { get; set; } = 10;
}

public static class AccountsRegistration
{
    public const string SignInLimit = "sign-in";

    /// <summary>
    /// People's accounts with ASP.NET Core Identity: passwords hashed by its standard hasher, at
    /// least 12 characters (length over composition rules); five failures lock the account for
    /// fifteen minutes; one account per e-mail. The sign-in cookie is the identity service's
    /// own, HttpOnly, SameSite=Lax, and secure outside development.
    /// </summary>
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<Account, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                // The user name is the e-mail: any character an address may hold.
                options.User.AllowedUserNameCharacters = string.Empty;
            })
            .AddEntityFrameworkStores<IdentityStore>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokens>(Invitations.TokenProvider)
            .AddErrorDescriber<FrenchIdentityErrors>();
        // The default provider makes the password-reset links; the invitations' have their own lifespan.
        builder.Services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = PasswordResets.Validity);
        builder.Services.Configure<InvitationTokenOptions>(tokens =>
        {
            tokens.Name = Invitations.TokenProvider;
            tokens.TokenLifespan = Invitations.Validity;
        });
        builder.AddMailSender();
        builder.Services.Configure<AccountLinks>(builder.Configuration.GetSection(AccountLinks.Section));
        builder.Services.AddSingleton<MailOutbox>();
        builder.Services.AddHostedService<MailOutboxSender>();
        builder.Services.AddScoped<Invitations>();
        // The Clubs service by service discovery (services:clubs:grpc:0), unless given (Identity:ClubsAddress).
        builder.Services.AddGrpcClient<Cigales.Contracts.Clubs.V1.ClubsService.ClubsServiceClient>(client =>
            client.Address = new Uri(builder.Configuration["Identity:ClubsAddress"] ?? "http://_grpc.clubs"));
        builder.Services.AddScoped<Clubs.IClubRoles, Clubs.ClubRolesFromClubs>();
        builder.Services.AddScoped<PasswordResets>();

        var development = builder.Environment.IsDevelopment();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/compte/connexion";
            cookie.LogoutPath = "/compte/deconnexion";
            cookie.AccessDeniedPath = "/compte/connexion";
            cookie.Cookie.Name = "cigales.identity";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "cigales.antiforgery";
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        var signIn = builder.Configuration.GetSection(SignInOptions.Section).Get<SignInOptions>() ?? new SignInOptions();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Sent forms only, by the caller's address: reading the page is free.
            limiter.AddPolicy(SignInLimit, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = signIn.AttemptsPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("reading"));
        });
        // People reach these pages through the gateway: the addresses they are sent to, and the
        // address the sign-in limit counts by, are theirs, as the gateway forwards them (a proxy
        // on this machine is trusted by default; declare others in ForwardedHeadersOptions).
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);
        builder.Services.AddRazorPages();
        builder.Services.AddScoped<SignIns>();
        return builder;
    }
}
