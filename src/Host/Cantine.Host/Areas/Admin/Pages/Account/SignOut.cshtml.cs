using Cantine.Host.Pages;
using Cantine.Host.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Account;

public sealed class SignOutModel(ILogger<SignOutModel> log) : CantinePageModel
{
    public IActionResult OnGet() => Redirect($"/{Tenant.Slug}/admin");

    public async Task<IActionResult> OnPostAsync()
    {
        log.LogInformation("Staff {UserId} signed out", User.UserIdOf());
        await HttpContext.SignOutAsync(AuthSchemes.Session);
        await HttpContext.SignOutAsync(AuthSchemes.TwoFactorPending);
        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/connexion", "Vous êtes déconnecté.");
    }
}
