using Cantine.Accounts.Contracts.RegisterStaffMember;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Staff;

/// <summary>Administrators: a new <c>Administrateur</c> or <c>Agent</c> account; the member receives the first-connection e-mail.</summary>
public sealed class CreateModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public MemberInput Membre { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await sender.Send(new RegisterStaffMemberCommand(
            Membre.Prenom ?? string.Empty, Membre.Nom ?? string.Empty, Membre.Email ?? string.Empty, Membre.Role ?? string.Empty,
            string.IsNullOrWhiteSpace(Membre.Identifiant) ? null : Membre.Identifiant, SendInvitation: true), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e with { Field = FieldOf(e.Field) }), nameof(Membre));
            return Page();
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/personnel",
            text["Le compte de {0} {1} est créé avec l'identifiant {2}. Un e-mail de première connexion a été envoyé à {3}.",
                Membre.Prenom!.Trim(), Membre.Nom!.Trim(), result.Value.Login, Membre.Email!.Trim()]);
    }

    private static string? FieldOf(string? field) => field switch
    {
        "FirstName" => nameof(MemberInput.Prenom),
        "LastName" => nameof(MemberInput.Nom),
        "Login" => nameof(MemberInput.Identifiant),
        _ => field,
    };

    public sealed class MemberInput
    {
        public string? Prenom { get; set; }

        public string? Nom { get; set; }

        public string? Email { get; set; }

        public string? Role { get; set; }

        public string? Identifiant { get; set; }
    }
}
