using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Contracts.StartTwoFactorEnrolment;
using Cantine.Host.Pages;
using Cantine.Host.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Cantine.Host.Areas.Admin.Pages.Account;

/// <summary>Staff sign-in, step one: login and password. Step two is the authenticator code.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(ISender sender, ILogger<SignInModel> log) : CantinePageModel
{
    [BindProperty]
    public SignInInput Connexion { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() =>
        User.IsStaff() ? Redirect(LocalReturnUrl(ReturnUrl, $"/{Tenant.Slug}/admin")) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await sender.Send(new SignInCommand(Connexion.Login ?? string.Empty, Connexion.MotDePasse ?? string.Empty, StaffOnly: true), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            log.LogWarning("Staff sign-in failed at {Tenant}", Tenant.Slug);
            AddErrors(result.Errors.Select(e => e with { Field = null }), nameof(Connexion));
            Connexion.MotDePasse = null;
            return Page();
        }

        var user = result.Value;
        await StaffSignIn.BeginAsync(HttpContext, user, Tenant.Slug);
        log.LogInformation("Staff {UserId} passed the password step at {Tenant}", user.UserId, Tenant.Slug);
        if (user.TwoFactorEnabled)
        {
            return RedirectToPage("Verify", new { slug = Tenant.Slug, retour = ReturnUrl });
        }

        var enrolment = await sender.Send(new StartTwoFactorEnrolmentCommand(user.UserId), ct);
        if (!enrolment.IsSuccess)
        {
            AddErrors(enrolment.Errors, nameof(Connexion));
            return Page();
        }

        TempData[EnrolModel.SecretKey] = enrolment.Value.Secret;
        TempData[EnrolModel.UriKey] = enrolment.Value.OtpAuthUri;
        return RedirectToPage("Enrol", new { slug = Tenant.Slug });
    }

    public sealed class SignInInput
    {
        public string? Login { get; set; }

        public string? MotDePasse { get; set; }
    }
}
