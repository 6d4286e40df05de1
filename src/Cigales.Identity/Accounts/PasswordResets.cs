using Cigales.Identity.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cigales.Identity.Accounts;

/// <summary>
/// A forgotten password: whoever asks gets the same answer, whether the address has an account or
/// not; an active account's owner receives a link, valid two hours and once, to choose another.
/// </summary>
public sealed class PasswordResets(UserManager<Account> users, MailOutbox outbox, IOptions<AccountLinks> links, ILogger<PasswordResets> logger)
{
    public static readonly TimeSpan Validity = TimeSpan.FromHours(2);

    /// <summary>What anyone who asks is told.</summary>
    public const string Answer = "Si un compte existe pour cette adresse, un e-mail vient de lui être envoyé avec un lien pour choisir un nouveau mot de passe.";

    public async Task RequestAsync(string email)
    {
        var account = await users.FindByEmailAsync(email.Trim());
        if (account is null || !account.Active)
        {
            logger.LogInformation("Password reset asked for an address with no active account");
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(account);
        outbox.Post(new ServiceDefaults.Mail.Mail(account.Email!, account.FullName, "Nouveau mot de passe Cigales", $"""
            Bonjour {account.FullName},

            Vous avez demandé à choisir un nouveau mot de passe pour Cigales.
            Ouvrez ce lien (valable 2 heures, une seule fois) :
            {links.Value.PasswordReset(account.Id, token)}

            Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.
            """));
    }

    /// <summary>Sets the new password; a reset also lifts a lockout, since the person proved they hold the mailbox.</summary>
    public async Task<IdentityResult> ResetAsync(string accountId, string token, string password)
    {
        var account = await users.FindByIdAsync(accountId);
        if (account is null || !account.Active)
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }

        var reset = await users.ResetPasswordAsync(account, token, password);
        if (reset.Succeeded)
        {
            await users.SetLockoutEndDateAsync(account, null);
            await users.ResetAccessFailedCountAsync(account);
        }

        return reset;
    }
}
