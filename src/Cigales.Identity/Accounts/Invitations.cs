using System.Net.Mail;
using Cigales.Identity.Clubs;
using Cigales.ServiceDefaults.Mail;
using Cigales.Identity.Store;
using Cigales.Security;
using Cigales.SharedKernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cigales.Identity.Accounts;

/// <summary>Staff invite a person: their name, e-mail and memberships (<c>role:object</c>).</summary>
/// <param name="PersonId">The person in the Clubs service's directory, when they are in clubs: their offices follow from there.</param>
public sealed record Invitation(string Email, string FullName, IReadOnlyList<string> Memberships, string PersonId = "");

/// <summary>
/// Inviting a person and accepting an invitation. The account is created without a password
/// (nobody can sign in to it) and the person receives a link, valid seven days and once, to
/// choose one. If the mail cannot be sent the account is not kept: the invitation can be sent again.
/// </summary>
public sealed class Invitations(UserManager<Account> users, IdentityStore store, MailSender mail, IOptions<AccountLinks> links, IClubRoles clubRoles, TimeProvider clock)
{
    public const string TokenProvider = "invitation";
    private const string Purpose = "choose-password";

    public static readonly TimeSpan Validity = TimeSpan.FromDays(7);

    /// <summary>The account created; a refusal (naming the field and the rule) when the invitation is not valid or the address has an account.</summary>
    public async Task<(Account? Account, IReadOnlyList<Refusal> Refusals)> InviteAsync(Invitation invitation, Caller invitedBy, CancellationToken cancellation)
    {
        var refusals = Check(invitation);
        if (refusals.Count > 0)
        {
            return (null, refusals);
        }

        var personId = invitation.PersonId.Trim();
        if (personId.Length > 0 && !await IsPersonOfTheClubsAsync(personId, cancellation))
        {
            return (null, [new Refusal(RefusalKind.NotFound, "person_id", "person.exists", $"no person has the id '{personId}'")]);
        }

        var email = invitation.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return (null, [new Refusal(RefusalKind.AlreadyExists, "email", "account.exists", $"an account exists for {email}")]);
        }

        var account = new Account
        {
            UserName = email, Email = email, FullName = invitation.FullName.Trim(), CreatedAt = clock.GetUtcNow(), PersonId = personId.Length > 0 ? personId : null,
        };
        var created = await users.CreateAsync(account);
        if (!created.Succeeded)
        {
            return (null, [.. created.Errors.Select(error => Refusal.Invalid("email", "account.email", error.Description))]);
        }

        store.Memberships.AddRange(Caller.ParseMemberships(invitation.Memberships).Select(m => new AccountMembership(account.Id, m.Role, m.ObjectId)));
        await store.SaveChangesAsync(cancellation);
        try
        {
            var token = await users.GenerateUserTokenAsync(account, TokenProvider, Purpose);
            await mail.SendAsync(new ServiceDefaults.Mail.Mail(email, account.FullName, "Votre accès à Cigales", $"""
                Bonjour {account.FullName},

                {invitedBy.Name} vous invite à utiliser Cigales, l'outil des CIGALES des Hauts-de-France.

                Pour choisir votre mot de passe, ouvrez ce lien (valable 7 jours, une seule fois) :
                {links.Value.Invitation(account.Id, token)}

                Votre identifiant sera votre adresse e-mail : {email}.
                Si vous n'attendiez pas cette invitation, ignorez ce message.
                """), cancellation);
        }
        catch
        {
            await users.DeleteAsync(account);
            throw;
        }

        return (account, []);
    }

    /// <summary>Sets the password the invited person chose; the link then no longer works.</summary>
    public async Task<IdentityResult> AcceptAsync(string accountId, string token, string password)
    {
        var account = await users.FindByIdAsync(accountId);
        if (account is null || !account.Active || await users.HasPasswordAsync(account)
            || !await users.VerifyUserTokenAsync(account, TokenProvider, Purpose, token))
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }

        var set = await users.AddPasswordAsync(account, password);
        if (set.Succeeded)
        {
            account.EmailConfirmed = true;
            await users.UpdateAsync(account);
        }

        return set;
    }

    private async Task<bool> IsPersonOfTheClubsAsync(string personId, CancellationToken cancellation)
    {
        try
        {
            await clubRoles.OfPersonAsync(personId, cancellation);
            return true;
        }
        catch (Grpc.Core.RpcException exception) when (exception.StatusCode is Grpc.Core.StatusCode.NotFound or Grpc.Core.StatusCode.InvalidArgument)
        {
            return false;
        }
    }

    private static List<Refusal> Check(Invitation invitation)
    {
        var refusals = new List<Refusal>();
        if (!MailAddress.TryCreate(invitation.Email.Trim(), out var address) || address.Address != invitation.Email.Trim())
        {
            refusals.Add(Refusal.Invalid("email", "account.email", "email must be an e-mail address (name@domain)"));
        }

        if (invitation.FullName.Trim().Length is 0 or > 200)
        {
            refusals.Add(Refusal.Invalid("full_name", "account.full_name", "full_name must be 1 to 200 characters"));
        }

        refusals.AddRange(MembershipRules.Problems(invitation.Memberships));
        return refusals;
    }
}
