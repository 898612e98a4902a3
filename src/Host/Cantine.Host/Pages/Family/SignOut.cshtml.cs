using Cantine.Host.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Pages.Family;

/// <summary>"Déconnexion": a form post (a link could be triggered by another site).</summary>
public sealed class SignOutModel(IStringLocalizer<HostText> text, ILogger<SignOutModel> log) : CantinePageModel
{
    public IActionResult OnGet() => Redirect($"/{Tenant.Slug}/accueil");

    public async Task<IActionResult> OnPostAsync()
    {
        log.LogInformation("Account {UserId} signed out", User.UserIdOf());
        await HttpContext.SignOutAsync(AuthSchemes.Session);
        return RedirectWithConfirmation($"/{Tenant.Slug}", text["Vous êtes déconnecté. À bientôt !"]);
    }
}
