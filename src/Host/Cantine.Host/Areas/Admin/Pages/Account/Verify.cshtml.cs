using Cantine.Accounts.Contracts.VerifyTwoFactor;
using Cantine.Host.Pages;
using Cantine.Host.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Cantine.Host.Areas.Admin.Pages.Account;

/// <summary>Staff sign-in, step two: the 6-digit code of the authenticator app.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class VerifyModel(ISender sender, ILogger<VerifyModel> log) : CantinePageModel
{
    [BindProperty]
    public CodeInput Verification { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await StaffSignIn.PendingUserAsync(HttpContext) is null ? RedirectToPage("SignIn", new { slug = Tenant.Slug }) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await StaffSignIn.PendingUserAsync(HttpContext) is not { } userId)
        {
            return RedirectToPage("SignIn", new { slug = Tenant.Slug });
        }

        var result = await sender.Send(new VerifyTwoFactorCommand(userId, Verification.Code ?? string.Empty), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            log.LogWarning("Second factor refused for staff {UserId} at {Tenant}", userId, Tenant.Slug);
            AddErrors(result.Errors.Select(e => e with { Field = nameof(CodeInput.Code) }), nameof(Verification));
            return Page();
        }

        await StaffSignIn.CompleteAsync(HttpContext, result.Value, Tenant.Slug);
        log.LogInformation("Staff {UserId} signed in at {Tenant}", userId, Tenant.Slug);
        return Redirect(LocalReturnUrl(ReturnUrl, $"/{Tenant.Slug}/admin"));
    }

    public sealed class CodeInput
    {
        public string? Code { get; set; }
    }
}
