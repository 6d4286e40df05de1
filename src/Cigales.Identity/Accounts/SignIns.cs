using Microsoft.AspNetCore.Identity;

namespace Cigales.Identity.Accounts;

/// <summary>
/// Signing a person in by e-mail and password. Every failure — no such account, wrong password,
/// account locked or deactivated — gives the same answer after the same work (a password hash is
/// checked either way), so that nobody learns from it whether an address has an account.
/// </summary>
public sealed class SignIns(UserManager<Account> users, SignInManager<Account> signIn, IPasswordHasher<Account> hasher, ILogger<SignIns> logger)
{
    /// <summary>The one sentence a failed sign-in shows, whatever the reason.</summary>
    public const string Failed = "Adresse e-mail ou mot de passe incorrect, ou compte momentanément bloqué après plusieurs essais.";

    // A hash of nothing anyone knows, checked when there is no account, to take the time a real check takes.
    private static readonly string UnknownAccountHash = new PasswordHasher<Account>().HashPassword(new Account(), Guid.NewGuid().ToString());

    public async Task<bool> SignInAsync(string email, string password)
    {
        var account = await users.FindByEmailAsync(email.Trim());
        if (account is null || !account.Active)
        {
            hasher.VerifyHashedPassword(account ?? new Account(), UnknownAccountHash, password);
            logger.LogInformation("Sign-in refused: no active account for the address given");
            return false;
        }

        var result = await signIn.PasswordSignInAsync(account, password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            logger.LogInformation("Sign-in refused for account {AccountId} ({Reason})", account.Id, result.IsLockedOut ? "locked out" : "wrong password");
        }

        return result.Succeeded;
    }
}
