using Cigales.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Cigales.Identity.Pages;

/// <summary>Where a reset's link leads: the person chooses a new password.</summary>
public sealed class NouveauMotDePasseModel(PasswordResets resets) : ChoosePasswordModel
{
    protected override Task<IdentityResult> ChooseAsync(string accountId, string token, string password) =>
        resets.ResetAsync(accountId, token, password);
}
