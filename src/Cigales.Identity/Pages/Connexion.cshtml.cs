using Cigales.Identity.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Cigales.Identity.Pages;

/// <summary>The sign-in page: the authorization endpoint sends a person here, and here sends them back once signed in.</summary>
[EnableRateLimiting(AccountsRegistration.SignInLimit)]
public sealed class ConnexionModel(SignIns signIns) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    /// <summary>Where to go back to once signed in: a page of this service only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Email.Trim().Length == 0 || Password.Length == 0)
        {
            Error = "Saisissez votre adresse e-mail et votre mot de passe.";
            return Page();
        }

        if (!await signIns.SignInAsync(Email, Password))
        {
            Error = SignIns.Failed;
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/compte");
    }
}
