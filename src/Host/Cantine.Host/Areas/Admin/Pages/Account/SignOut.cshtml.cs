using Cantine.Host.Pages;
using Cantine.Host.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Account;

public sealed class SignOutModel(IStringLocalizer<HostText> text, ILogger<SignOutModel> log) : CantinePageModel
{
    public IActionResult OnGet() => Redirect($"/{Tenant.Slug}/admin");

    public async Task<IActionResult> OnPostAsync()
    {
        log.LogInformation("Staff {UserId} signed out", User.UserIdOf());
        await HttpContext.SignOutAsync(AuthSchemes.Session);
        await HttpContext.SignOutAsync(AuthSchemes.TwoFactorPending);
        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/connexion", text["Vous êtes déconnecté."]);
    }
}
