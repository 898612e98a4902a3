using Cantine.Accounts.Contracts.ConfirmTwoFactorEnrolment;
using Cantine.Accounts.Contracts.StartTwoFactorEnrolment;
using Cantine.Host.Pages;
using Cantine.Host.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Cantine.Host.Areas.Admin.Pages.Account;

/// <summary>First staff sign-in: scan the QR code with an authenticator app, then confirm with a code.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class EnrolModel(ISender sender, IStringLocalizer<HostText> text, ILogger<EnrolModel> log) : CantinePageModel
{
    public const string SecretKey = "enrolment.secret";
    public const string UriKey = "enrolment.uri";

    [BindProperty]
    public CodeInput Activation { get; set; } = new();

    public string? Secret { get; private set; }

    public string? QrCodeDataUri { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await StaffSignIn.PendingUserAsync(HttpContext) is null)
        {
            return RedirectToPage("SignIn", new { slug = Tenant.Slug });
        }

        ShowSecret();
        return Page();
    }

    /// <summary>A new secret when the first one was lost (page reloaded after it was shown).</summary>
    public async Task<IActionResult> OnPostNouveauAsync(CancellationToken ct)
    {
        if (await StaffSignIn.PendingUserAsync(HttpContext) is not { } userId)
        {
            return RedirectToPage("SignIn", new { slug = Tenant.Slug });
        }

        var enrolment = await sender.Send(new StartTwoFactorEnrolmentCommand(userId), ct);
        if (enrolment.IsSuccess)
        {
            TempData[SecretKey] = enrolment.Value.Secret;
            TempData[UriKey] = enrolment.Value.OtpAuthUri;
        }

        return RedirectToPage("Enrol", new { slug = Tenant.Slug });
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await StaffSignIn.PendingUserAsync(HttpContext) is not { } userId)
        {
            return RedirectToPage("SignIn", new { slug = Tenant.Slug });
        }

        var result = await sender.Send(new ConfirmTwoFactorEnrolmentCommand(userId, Activation.Code ?? string.Empty), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e with { Field = nameof(CodeInput.Code) }), nameof(Activation));
            ShowSecret();
            return Page();
        }

        await StaffSignIn.CompleteAsync(HttpContext, result.Value, Tenant.Slug);
        log.LogInformation("Staff {UserId} enabled the second factor at {Tenant}", userId, Tenant.Slug);
        return RedirectWithConfirmation($"/{Tenant.Slug}/admin", text["La double authentification est activée."]);
    }

    private void ShowSecret()
    {
        Secret = TempData.Peek(SecretKey) as string;
        if (TempData.Peek(UriKey) is string uri)
        {
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
            QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
        }
    }

    public sealed class CodeInput
    {
        public string? Code { get; set; }
    }
}
