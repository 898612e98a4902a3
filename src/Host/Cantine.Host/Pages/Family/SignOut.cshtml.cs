using Cantine.Host.Security;
using Cantine.Accounts.Contracts.EndSession;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Pages.Family;

/// <summary>"Déconnexion": a form post (a link could be triggered by another site).</summary>
public sealed class SignOutModel(ISender sender, IStringLocalizer<HostText> text, ILogger<SignOutModel> log) : CantinePageModel
{
    public IActionResult OnGet() => Redirect($"/{Tenant.Slug}/accueil");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.UserIdOf() is { } userId && User.SessionIdOf() is { } sessionId)
        {
            // Ends this session on the server too: a copy of the cookie stops working (SPEC §2).
            await sender.Send(new EndSessionCommand(userId, sessionId), ct);
        }

        log.LogInformation("Account {UserId} signed out", User.UserIdOf());
        await HttpContext.SignOutAsync(AuthSchemes.Session);
        return RedirectWithConfirmation($"/{Tenant.Slug}", text["Vous êtes déconnecté. À bientôt !"]);
    }
}
