using Cantine.Accounts.Contracts.ChangePassword;
using Cantine.Host.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Pages.Family;

/// <summary>"Mot de passe" (manual §6): old, new, confirmation; the user's other sessions end.</summary>
public sealed class PasswordModel(ISender sender, IStringLocalizer<HostText> text, ILogger<PasswordModel> log) : CantinePageModel
{
    [BindProperty]
    public PasswordInput Saisie { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var userId = User.UserIdOf()!.Value;
        var result = await sender.Send(
            new ChangePasswordCommand(userId, Saisie.AncienMotDePasse ?? string.Empty, Saisie.NouveauMotDePasse ?? string.Empty, Saisie.Confirmation ?? string.Empty), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e with { Field = FieldOf(e.Field) }), nameof(Saisie));
            return Page();
        }

        await SessionSignIn.RenewAsync(HttpContext, result.Value);
        log.LogInformation("Account {UserId} changed its password", userId);
        return RedirectWithConfirmation($"/{Tenant.Slug}/mot-de-passe", text["Votre mot de passe a été modifié. Vos autres sessions ont été fermées."]);
    }

    private static string FieldOf(string? field) => field switch
    {
        "OldPassword" => nameof(PasswordInput.AncienMotDePasse),
        "Confirmation" => nameof(PasswordInput.Confirmation),
        _ => nameof(PasswordInput.NouveauMotDePasse),
    };

    public sealed class PasswordInput
    {
        public string? AncienMotDePasse { get; set; }

        public string? NouveauMotDePasse { get; set; }

        public string? Confirmation { get; set; }
    }
}
