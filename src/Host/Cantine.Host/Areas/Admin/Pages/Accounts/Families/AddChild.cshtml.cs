using Cantine.Accounts.Contracts.AddChild;
using Cantine.Accounts.Contracts.GetFamilyDetail;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Families;

/// <summary>Adds a child to a family, care notes included.</summary>
public sealed class AddChildModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public ChildInput Saisie { get; set; } = new();

    public FamilyDetailDto Family { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid familyId, CancellationToken ct)
    {
        if (!await LoadAsync(familyId, ct))
        {
            return NotFound();
        }

        // Children usually bear a guardian's name: offer it.
        Saisie.LastName = Family.Guardians.FirstOrDefault()?.LastName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid familyId, CancellationToken ct)
    {
        if (!await LoadAsync(familyId, ct))
        {
            return NotFound();
        }

        var result = await sender.Send(new AddChildCommand(
            familyId, Saisie.FirstName ?? string.Empty, Saisie.LastName ?? string.Empty, Saisie.BirthDate ?? default, Saisie.School ?? string.Empty,
            Saisie.Class ?? string.Empty, Saisie.Allergies, Saisie.HasPai, Saisie.StaffNotes), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e with { Field = e.Field == "FamilyId" ? null : e.Field }), nameof(Saisie));
            return Page();
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/familles/{familyId}", text["{0} {1} est ajouté(e) à la famille.", Saisie.FirstName!.Trim(), Saisie.LastName!.Trim()]);
    }

    private async Task<bool> LoadAsync(Guid familyId, CancellationToken ct)
    {
        Family = (await sender.Send(new GetFamilyDetailQuery(familyId), ct))!;
        return Family is not null;
    }

    public sealed class ChildInput : IChildFields, ICareFields
    {
        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public DateOnly? BirthDate { get; set; }

        public string? School { get; set; }

        public string? Class { get; set; }

        public string? Allergies { get; set; }

        public bool HasPai { get; set; }

        public string? StaffNotes { get; set; }
    }
}
