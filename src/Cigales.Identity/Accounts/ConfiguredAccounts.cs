using Cigales.Identity.Store;
using Cigales.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cigales.Identity.Accounts;

/// <summary>An account the configuration declares (section <c>Identity:Accounts</c>): the AppHost's development accounts.</summary>
public sealed class AccountDefinition
{
    public string Email { get; set; } = string.Empty;

    public string FullName { get; set; } = string.Empty;

    /// <summary>Set when the account is created; a password changed since is left alone.</summary>
    public string Password { get; set; } = string.Empty;

    /// <summary>Each written <c>role:object</c> (<c>staff:</c>, <c>club-treasurer:&lt;club id&gt;</c>…).</summary>
    public List<string> Memberships { get; set; } = [];
}

public static class ConfiguredAccounts
{
    /// <summary>Creates the configured accounts that do not exist, and gives each the memberships the configuration lists.</summary>
    public static async Task EnsureAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellation)
    {
        var definitions = configuration.GetSection("Identity:Accounts").Get<List<AccountDefinition>>() ?? [];
        var users = services.GetRequiredService<UserManager<Account>>();
        var store = services.GetRequiredService<IdentityStore>();
        foreach (var definition in definitions.Where(definition => definition.Email.Length > 0))
        {
            var account = await users.FindByEmailAsync(definition.Email);
            if (account is null)
            {
                account = new Account
                {
                    UserName = definition.Email,
                    Email = definition.Email,
                    EmailConfirmed = true,
                    FullName = definition.FullName,
                    CreatedAt = DateTimeOffset.UtcNow,
                };
                Check(await users.CreateAsync(account, definition.Password), definition.Email);
            }

            var wanted = definition.Memberships.Select(Membership.Parse).OfType<Membership>().ToHashSet();
            var held = await store.Memberships.Where(m => m.AccountId == account.Id).ToListAsync(cancellation);
            store.Memberships.RemoveRange(held.Where(m => !wanted.Contains(m.ToMembership())));
            store.Memberships.AddRange(wanted.Where(m => !held.Any(h => h.ToMembership() == m)).Select(m => new AccountMembership(account.Id, m.Role, m.ObjectId)));
            await store.SaveChangesAsync(cancellation);
        }
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"the configured account {email} cannot be created: {string.Join(" ", result.Errors.Select(error => error.Description))}");
        }
    }
}
