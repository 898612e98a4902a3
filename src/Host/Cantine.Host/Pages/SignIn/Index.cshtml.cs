using System.ComponentModel.DataAnnotations;
using Cantine.Accounts.Contracts.RequestPasswordReset;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.Host.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Pages.SignIn;

/// <summary>The structure's login page (manual §1.1) with "Obtenir un mot de passe" (§1.2, SPEC §2).</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class IndexModel(ISender sender, IStringLocalizer<HostText> text, ILogger<IndexModel> log) : CantinePageModel
{
    [BindProperty]
    public SignInInput Connexion { get; set; } = new();

    [BindProperty]
    public PasswordRequestInput Demande { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() =>
        User.IsGuardian() ? Redirect(LocalReturnUrl(ReturnUrl, $"/{Tenant.Slug}/accueil")) : Page();

    public async Task<IActionResult> OnPostConnexionAsync(CancellationToken ct)
    {
        var result = await sender.Send(new SignInCommand(Connexion.Login ?? string.Empty, Connexion.MotDePasse ?? string.Empty, StaffOnly: false), ct);
        if (!result.IsSuccess)
        {
            log.LogWarning("Guardian sign-in failed at {Tenant}", Tenant.Slug);
            ModelState.Clear();
            AddErrors(result.Errors.Select(e => e with { Field = null }), nameof(Connexion));
            Connexion.MotDePasse = null;
            return Page();
        }

        await SessionSignIn.SignInAsync(HttpContext, result.Value, Tenant.Slug, Connexion.SeSouvenir, secondFactor: false);
        log.LogInformation("Guardian {UserId} signed in at {Tenant}", result.Value.UserId, Tenant.Slug);
        return Redirect(LocalReturnUrl(ReturnUrl, $"/{Tenant.Slug}/accueil"));
    }

    public async Task<IActionResult> OnPostEnvoyerAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await sender.Send(new RequestPasswordResetCommand(Demande.Identifiant, Demande.Email), ct);
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e.Field == "Login" ? e with { Field = nameof(PasswordRequestInput.Identifiant) } : e), nameof(Demande));
            return Page();
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}",
            text["Demande enregistrée. Si un compte correspond, un e-mail vient d'être envoyé avec votre identifiant et un lien pour choisir votre mot de passe. Ce lien est valable une heure et ne sert qu'une fois."]);
    }

    public sealed class SignInInput
    {
        [Display(Name = "Login")]
        public string? Login { get; set; }

        [Display(Name = "Mot de passe")]
        public string? MotDePasse { get; set; }

        public bool SeSouvenir { get; set; }
    }

    public sealed class PasswordRequestInput
    {
        public string? Identifiant { get; set; }

        public string? Email { get; set; }
    }
}
