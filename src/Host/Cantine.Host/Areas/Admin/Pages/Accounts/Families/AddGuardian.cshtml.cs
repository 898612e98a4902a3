using Cantine.Accounts.Contracts.GetFamilyDetail;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Families;

/// <summary>Adds a guardian, with their own login, to a family.</summary>
public sealed class AddGuardianModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public GuardianInput Saisie { get; set; } = new();

    public FamilyDetailDto Family { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid familyId, CancellationToken ct) => await LoadAsync(familyId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid familyId, CancellationToken ct)
    {
        if (!await LoadAsync(familyId, ct))
        {
            return NotFound();
        }

        var result = await sender.Send(new RegisterGuardianCommand(
            familyId, Saisie.Civility ?? string.Empty, Saisie.FirstName ?? string.Empty, Saisie.LastName ?? string.Empty,
            Saisie.Email ?? string.Empty, Saisie.Phone ?? string.Empty, string.IsNullOrWhiteSpace(Saisie.Login) ? null : Saisie.Login), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, nameof(Saisie));
            return Page();
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/familles/{familyId}",
            text["{0} {1} est ajouté(e) aux responsables. Identifiant : {2}.", Saisie.FirstName!.Trim(), Saisie.LastName!.Trim(), result.Value.Login]);
    }

    private async Task<bool> LoadAsync(Guid familyId, CancellationToken ct)
    {
        Family = (await sender.Send(new GetFamilyDetailQuery(familyId), ct))!;
        return Family is not null;
    }

    public sealed class GuardianInput : IGuardianFields
    {
        public string? Civility { get; set; }

        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string? Login { get; set; }
    }
}
