using Cantine.Accounts.Contracts.ChangeChildCareNotes;
using Cantine.Accounts.Contracts.ChangeChildDetails;
using Cantine.Accounts.Contracts.GetFamilyDetail;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Families;

/// <summary>One child of a family: identity and schooling; care notes (staff only).</summary>
public sealed class ChildModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public DetailsInput Saisie { get; set; } = new();

    [BindProperty]
    public CareInput Sante { get; set; } = new();

    public FamilyDetailDto Family { get; private set; } = null!;

    public ChildDetailDto Child { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid familyId, Guid childId, CancellationToken ct)
    {
        if (!await LoadAsync(familyId, childId, ct))
        {
            return NotFound();
        }

        FillDetails();
        FillCare();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid familyId, Guid childId, CancellationToken ct)
    {
        if (!await LoadAsync(familyId, childId, ct))
        {
            return NotFound();
        }

        var result = await sender.Send(new ChangeChildDetailsCommand(
            childId, Saisie.FirstName ?? string.Empty, Saisie.LastName ?? string.Empty, Saisie.BirthDate ?? default,
            Saisie.School ?? string.Empty, Saisie.Class ?? string.Empty), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, nameof(Saisie));
            FillCare();
            return Page();
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/familles/{familyId}", text["Les informations de {0} {1} sont enregistrées.", Saisie.FirstName!.Trim(), Saisie.LastName!.Trim()]);
    }

    public async Task<IActionResult> OnPostSanteAsync(Guid familyId, Guid childId, CancellationToken ct)
    {
        if (!await LoadAsync(familyId, childId, ct))
        {
            return NotFound();
        }

        var result = await sender.Send(new ChangeChildCareNotesCommand(childId, Sante.Allergies, Sante.HasPai, Sante.StaffNotes), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, nameof(Sante));
            FillDetails();
            return Page();
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/familles/{familyId}", text["Les informations de santé de {0} {1} sont enregistrées.", Child.FirstName, Child.LastName]);
    }

    private void FillDetails() => Saisie = new DetailsInput
    {
        FirstName = Child.FirstName,
        LastName = Child.LastName,
        BirthDate = Child.BirthDate,
        School = Child.School,
        Class = Child.Class,
    };

    private void FillCare() => Sante = new CareInput { Allergies = Child.Allergies, HasPai = Child.HasPai, StaffNotes = Child.StaffNotes };

    private async Task<bool> LoadAsync(Guid familyId, Guid childId, CancellationToken ct)
    {
        Family = (await sender.Send(new GetFamilyDetailQuery(familyId), ct))!;
        Child = Family?.Children.FirstOrDefault(c => c.ChildId == childId)!;
        return Child is not null;
    }

    public sealed class DetailsInput : IChildFields
    {
        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public DateOnly? BirthDate { get; set; }

        public string? School { get; set; }

        public string? Class { get; set; }
    }

    public sealed class CareInput : ICareFields
    {
        public string? Allergies { get; set; }

        public bool HasPai { get; set; }

        public string? StaffNotes { get; set; }
    }
}
