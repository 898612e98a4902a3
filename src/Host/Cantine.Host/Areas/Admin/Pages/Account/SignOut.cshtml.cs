using Cantine.Host.Pages;
using Cantine.Host.Security;
using Cantine.Accounts.Contracts.EndSession;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Account;

public sealed class SignOutModel(ISender sender, IStringLocalizer<HostText> text, ILogger<SignOutModel> log) : CantinePageModel
{
    public IActionResult OnGet() => Redirect($"/{Tenant.Slug}/admin");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.UserIdOf() is { } userId && User.SessionIdOf() is { } sessionId)
        {
            // Ends this session on the server too: a copy of the cookie stops working (SPEC §2).
            await sender.Send(new EndSessionCommand(userId, sessionId), ct);
        }

        log.LogInformation("Staff {UserId} signed out", User.UserIdOf());
        await HttpContext.SignOutAsync(AuthSchemes.Session);
        await HttpContext.SignOutAsync(AuthSchemes.TwoFactorPending);
        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/connexion", text["Vous êtes déconnecté."]);
    }
}
