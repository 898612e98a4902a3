using Cantine.Accounts.Contracts.CreateFamily;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Families;

/// <summary>A new family with its first guardian; children and other guardians are added from its page.</summary>
public sealed class CreateModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public CreateInput Saisie { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await sender.Send(new CreateFamilyCommand(
            Saisie.Name ?? string.Empty, Saisie.Civility ?? string.Empty, Saisie.FirstName ?? string.Empty, Saisie.LastName ?? string.Empty,
            Saisie.Email ?? string.Empty, Saisie.Phone ?? string.Empty, string.IsNullOrWhiteSpace(Saisie.Login) ? null : Saisie.Login), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, nameof(Saisie));
            return Page();
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/familles/{result.Value.FamilyId}",
            text["La famille « {0} » est créée. Identifiant de {1} {2} : {3}.", Saisie.Name!.Trim(), Saisie.FirstName!.Trim(), Saisie.LastName!.Trim(), result.Value.Login]);
    }

    public sealed class CreateInput : IGuardianFields
    {
        public string? Name { get; set; }

        public string? Civility { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string? Login { get; set; }
    }
}
