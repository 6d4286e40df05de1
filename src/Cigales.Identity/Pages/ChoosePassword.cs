using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Cigales.Identity.Pages;

/// <summary>
/// A page where a person chooses a password from a link they received (an invitation, a reset):
/// the link's account and token come back with the form; the password is typed twice.
/// </summary>
[EnableRateLimiting(Accounts.AccountsRegistration.SignInLimit)]
public abstract class ChoosePasswordModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "compte")]
    public string AccountId { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true, Name = "jeton")]
    public string Token { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public string Confirmation { get; set; } = string.Empty;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Password != Confirmation)
        {
            Errors = ["Les deux mots de passe saisis diffèrent."];
            return Page();
        }

        var result = await ChooseAsync(AccountId, Token, Password);
        Errors = [.. result.Errors.Select(error => error.Description)];
        Done = result.Succeeded;
        return Page();
    }

    protected abstract Task<IdentityResult> ChooseAsync(string accountId, string token, string password);
}
