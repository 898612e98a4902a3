using Cantine.Accounts.Contracts.CheckResetLink;
using Cantine.Accounts.Contracts.ResetPassword;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Pages.SignIn;

/// <summary>The page the e-mailed link opens: choose a password (single-use link, valid one hour).</summary>
public sealed class ChoosePasswordModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty(SupportsGet = true, Name = "jeton")]
    public string? Token { get; set; }

    [BindProperty]
    public ChoiceInput Choix { get; set; } = new();

    public ResetLinkDto? Link { get; private set; }

    public string? LinkProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadLinkAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadLinkAsync(ct))
        {
            return Page();
        }

        var result = await sender.Send(new ResetPasswordCommand(Token!, Choix.NouveauMotDePasse ?? string.Empty, Choix.Confirmation ?? string.Empty), ct);
        if (!result.IsSuccess)
        {
            ModelState.Clear();
            AddErrors(result.Errors.Select(e => e with { Field = e.Field == "Confirmation" ? nameof(ChoiceInput.Confirmation) : nameof(ChoiceInput.NouveauMotDePasse) }), nameof(Choix));
            return Page();
        }

        var signIn = Link!.IsStaff ? $"/{Tenant.Slug}/admin/connexion" : $"/{Tenant.Slug}";
        return RedirectWithConfirmation(signIn, text["Votre mot de passe est enregistré. Vous pouvez maintenant vous connecter."]);
    }

    private async Task<bool> LoadLinkAsync(CancellationToken ct)
    {
        var result = await sender.Send(new CheckResetLinkQuery(Token ?? string.Empty), ct);
        if (result.IsSuccess)
        {
            Link = result.Value;
            return true;
        }

        LinkProblem = result.Errors[0].Message;
        return false;
    }

    public sealed class ChoiceInput
    {
        public string? NouveauMotDePasse { get; set; }

        public string? Confirmation { get; set; }
    }
}
