using Cigales.Identity.Store;
using Cigales.Security;
using Cigales.SharedKernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace Cigales.Identity.Accounts;

/// <summary>
/// The accounts, for staff, as JSON through the gateway (<c>/v1/accounts</c>): invite a person,
/// list and read accounts, set the memberships an account holds itself, deactivate one. The bearer token is checked here with the keys this service
/// signs with, and only staff pass. Refusals read like the services': a code, the message, and the
/// field and rule.
/// </summary>
public static class AccountsApi
{
    public const string Path = "/v1/accounts";
    private const string StaffOnly = "accounts-staff";

    public static void AddAccountsApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenIddict().AddValidation(validation =>
        {
            validation.UseLocalServer();
            validation.UseAspNetCore();
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy(StaffOnly, policy => policy
            .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => Caller.From(context.User).IsStaff));
    }

    public static void MapAccountsApi(this WebApplication app)
    {
        var accounts = app.MapGroup(Path).RequireAuthorization(StaffOnly).DisableAntiforgery();
        accounts.MapPost("/invitations", InviteAsync);
        accounts.MapGet("/", ListAsync);
        accounts.MapGet("/{accountId}", GetAsync);
        accounts.MapPut("/{accountId}/memberships", SetMembershipsAsync);
        accounts.MapPost("/{accountId}/deactivation", DeactivateAsync);
    }

    /// <param name="PersonId">The person in the clubs' directory, when they are in clubs: their offices follow from the Clubs service.</param>
    public sealed record InvitationRequest(string? Email, string? FullName, IReadOnlyList<string>? Memberships, string? PersonId);

    /// <param name="Memberships">Those the account holds itself; a person of the clubs' directory also has their clubs' roles, read at each token.</param>
    public sealed record AccountAnswer(string AccountId, string Email, string FullName, bool Active, bool PasswordChosen, string PersonId, IReadOnlyList<string> Memberships);

    private static async Task<IResult> InviteAsync(InvitationRequest request, HttpContext http, Invitations invitations, IdentityStore store, CancellationToken cancellation)
    {
        var (account, refusals) = await invitations.InviteAsync(
            new Invitation(request.Email ?? string.Empty, request.FullName ?? string.Empty, request.Memberships ?? [], request.PersonId ?? string.Empty), Caller.From(http.User), cancellation);
        return account is null ? Refused(refusals) : Results.Created($"{Path}/{account.Id}", await AnswerAsync(account, store, cancellation));
    }

    public sealed record MembershipsRequest(IReadOnlyList<string>? Memberships);

    public sealed record AccountsPage(IReadOnlyList<AccountAnswer> Accounts, string NextToken);

    /// <summary>
    /// The accounts by e-mail, those whose e-mail or name holds <paramref name="search"/> and, when
    /// asked, that hold <paramref name="membership"/> (<c>role:object</c>: the services' mails find
    /// the staff and a funder's officers so); paged by the e-mail (unique): <c>page.token</c> is
    /// the last e-mail of the page before.
    /// </summary>
    private static async Task<IResult> ListAsync(
        IdentityStore store,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "search")] string? search,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "membership")] string? membership,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page.size")] int? size,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "page.token")] string? token,
        CancellationToken cancellation)
    {
        if (size is < 1 or > 100)
        {
            return Refused([Refusal.Invalid("page.size", "page.size", "page.size must be 1 to 100")]);
        }

        var held = string.IsNullOrEmpty(membership) ? null : Membership.Parse(membership);
        if (!string.IsNullOrEmpty(membership) && held is null)
        {
            return Refused([Refusal.Invalid("membership", "membership.role", $"'{membership}' is not role:object with a role among {string.Join(", ", Roles.All)}")]);
        }

        IQueryable<Account> accounts = store.Users.OrderBy(account => account.NormalizedEmail);
        if (held is not null)
        {
            accounts = accounts.Where(account => store.Memberships.Any(m => m.AccountId == account.Id && m.Role == held.Role && m.ObjectId == held.ObjectId));
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim().Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            accounts = accounts.Where(account => EF.Functions.ILike(account.Email!, pattern) || EF.Functions.ILike(account.FullName, pattern));
        }

        if (!string.IsNullOrEmpty(token))
        {
            accounts = accounts.Where(account => string.Compare(account.NormalizedEmail, token) > 0);
        }

        var page = await accounts.Take((size ?? 20) + 1).ToListAsync(cancellation);
        var shown = page.Take(size ?? 20).ToList();
        var ids = shown.Select(account => account.Id).ToList();
        // The page's memberships in one query, not one per account.
        var memberships = (await store.Memberships.Where(m => ids.Contains(m.AccountId)).ToListAsync(cancellation)).ToLookup(m => m.AccountId);
        return Results.Ok(new AccountsPage(
            [.. shown.Select(account => Answer(account, memberships[account.Id]))],
            page.Count > shown.Count ? shown[^1].NormalizedEmail ?? string.Empty : string.Empty));
    }

    /// <summary>
    /// Replaces the memberships the account holds itself (a person's clubs come from the Clubs
    /// service, not from here); the person's next token carries them.
    /// </summary>
    private static async Task<IResult> SetMembershipsAsync(
        string accountId, MembershipsRequest request, UserManager<Account> users, IdentityStore store, ILogger<Account> logger, HttpContext http, CancellationToken cancellation)
    {
        if (await users.FindByIdAsync(accountId) is not { } account)
        {
            return Refused([NoAccount(accountId)]);
        }

        var wanted = request.Memberships ?? [];
        if (MembershipRules.Problems(wanted) is { Count: > 0 } problems)
        {
            return Refused(problems);
        }

        store.Memberships.RemoveRange(await store.Memberships.Where(m => m.AccountId == account.Id).ToListAsync(cancellation));
        store.Memberships.AddRange(Caller.ParseMemberships(wanted).Select(m => new AccountMembership(account.Id, m.Role, m.ObjectId)));
        await store.SaveChangesAsync(cancellation);
        logger.LogInformation("Memberships of account {AccountId} set to '{Memberships}' by {Caller}", account.Id, string.Join(' ', wanted), Caller.From(http.User));
        return Results.Ok(await AnswerAsync(account, store, cancellation));
    }

    private static async Task<IResult> GetAsync(string accountId, UserManager<Account> users, IdentityStore store, CancellationToken cancellation) =>
        await users.FindByIdAsync(accountId) is { } account
            ? Results.Ok(await AnswerAsync(account, store, cancellation))
            : Refused([NoAccount(accountId)]);

    /// <summary>The person can no longer sign in, and every token they hold is revoked: the next refresh fails.</summary>
    private static async Task<IResult> DeactivateAsync(
        string accountId, UserManager<Account> users, IOpenIddictTokenManager tokens, IdentityStore store, ILogger<Account> logger, HttpContext http, CancellationToken cancellation)
    {
        if (await users.FindByIdAsync(accountId) is not { } account)
        {
            return Refused([NoAccount(accountId)]);
        }

        account.Active = false;
        await users.UpdateAsync(account);
        await users.UpdateSecurityStampAsync(account);
        await foreach (var token in tokens.FindBySubjectAsync(account.Id, cancellation))
        {
            await tokens.TryRevokeAsync(token, cancellation);
        }

        logger.LogInformation("Account {AccountId} deactivated by {Caller}", account.Id, Caller.From(http.User));
        return Results.Ok(await AnswerAsync(account, store, cancellation));
    }

    private static async Task<AccountAnswer> AnswerAsync(Account account, IdentityStore store, CancellationToken cancellation) =>
        Answer(account, await store.Memberships.Where(m => m.AccountId == account.Id).ToListAsync(cancellation));

    private static AccountAnswer Answer(Account account, IEnumerable<AccountMembership> memberships) => new(
        account.Id,
        account.Email ?? string.Empty,
        account.FullName,
        account.Active,
        account.PasswordHash is not null,
        account.PersonId ?? string.Empty,
        [.. memberships.Select(m => m.ToMembership().ToString()).Order()]);

    private static Refusal NoAccount(string accountId) => new(RefusalKind.NotFound, "account_id", "account.exists", $"no account has the id '{accountId}'");

    /// <summary>The status of the first refusal, with every problem listed, as the services answer in JSON.</summary>
    private static IResult Refused(IReadOnlyList<Refusal> refusals)
    {
        var (grpcCode, httpStatus) = refusals[0].Kind switch
        {
            RefusalKind.NotFound => (5, StatusCodes.Status404NotFound),
            RefusalKind.AlreadyExists => (6, StatusCodes.Status409Conflict),
            _ => (3, StatusCodes.Status400BadRequest),
        };
        return Results.Json(
            new
            {
                code = grpcCode,
                message = string.Join("; ", refusals.Select(r => r.Field.Length > 0 ? $"{r.Field}: {r.Message}" : r.Message)),
                details = refusals.Select(r => new { field = r.Field, rule = r.Rule, description = r.Message }),
            },
            statusCode: httpStatus);
    }
}
