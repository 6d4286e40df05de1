using Cigales.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Cigales.Identity.Pages;

/// <summary>Where an invitation's link leads: the invited person chooses their password.</summary>
public sealed class InvitationModel(Invitations invitations) : ChoosePasswordModel
{
    protected override Task<IdentityResult> ChooseAsync(string accountId, string token, string password) =>
        invitations.AcceptAsync(accountId, token, password);
}
