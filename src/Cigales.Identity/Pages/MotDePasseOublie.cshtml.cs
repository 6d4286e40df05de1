using Cigales.Identity.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Cigales.Identity.Pages;

/// <summary>Asking for a new password: the same answer whoever asks.</summary>
[EnableRateLimiting(AccountsRegistration.SignInLimit)]
public sealed class MotDePasseOublieModel(PasswordResets resets) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = string.Empty;

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Email.Trim().Length > 0)
        {
            await resets.RequestAsync(Email);
        }

        Sent = true;
        return Page();
    }
}
