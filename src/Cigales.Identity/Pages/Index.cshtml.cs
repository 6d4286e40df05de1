using Cigales.Identity.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cigales.Identity.Pages;

/// <summary>Where a person lands when they sign in without coming from an application.</summary>
public sealed class IndexModel(UserManager<Account> users) : PageModel
{
    public string? FullName { get; private set; }

    public async Task OnGetAsync() => FullName = (await users.GetUserAsync(User))?.FullName;
}
