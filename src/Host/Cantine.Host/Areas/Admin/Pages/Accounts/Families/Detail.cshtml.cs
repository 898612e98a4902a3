using Cantine.Accounts.Contracts.DetachChildFromFamily;
using Cantine.Accounts.Contracts.GetFamilyDetail;
using Cantine.Accounts.Contracts.RenameFamily;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Families;

/// <summary>One family as staff see it: its guardians, its children (care notes included), renaming, detaching a shared child.</summary>
public sealed class DetailModel(ISender sender, PageRoutes routes, IStringLocalizer<HostText> text) : CantinePageModel
{
    /// <summary>Pages built by the Reservations module: linked to only once they exist.</summary>
    public const string FamilyBookingsRoute = "{slug}/admin/reservations/famille/{familyId}";
    public const string ChildEnrolmentsRoute = "{slug}/admin/inscriptions/enfant/{childId}";

    [BindProperty]
    public RenameInput Renommage { get; set; } = new();

    public FamilyDetailDto Family { get; private set; } = null!;

    public bool HasFamilyBookingsPage => routes.Exists(FamilyBookingsRoute);

    public bool HasChildEnrolmentsPage => routes.Exists(ChildEnrolmentsRoute);

    public async Task<IActionResult> OnGetAsync(Guid familyId, CancellationToken ct)
    {
        if (!await LoadAsync(familyId, ct))
        {
            return NotFound();
        }

        Renommage.Name = Family.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostRenommerAsync(Guid familyId, CancellationToken ct)
    {
        if (!await LoadAsync(familyId, ct))
        {
            return NotFound();
        }

        var result = await sender.Send(new RenameFamilyCommand(familyId, Renommage.Name ?? string.Empty), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors, nameof(Renommage));
            return Page();
        }

        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/familles/{familyId}", text["La famille s'appelle maintenant « {0} ».", Renommage.Name!.Trim()]);
    }

    public async Task<IActionResult> OnPostDetacherAsync(Guid familyId, Guid childId, CancellationToken ct)
    {
        if (!await LoadAsync(familyId, ct) || Family.Children.FirstOrDefault(c => c.ChildId == childId) is not { } child)
        {
            return NotFound();
        }

        var result = await sender.Send(new DetachChildFromFamilyCommand(childId, familyId), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e with { Field = null }), "Detachement");
            Renommage.Name = Family.Name;
            return Page();
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/familles/{familyId}",
            text["{0} {1} ne fait plus partie de cette famille ; son autre famille le garde.", child.FirstName, child.LastName]);
    }

    private async Task<bool> LoadAsync(Guid familyId, CancellationToken ct)
    {
        Family = (await sender.Send(new GetFamilyDetailQuery(familyId), ct))!;
        return Family is not null;
    }

    public sealed class RenameInput
    {
        public string? Name { get; set; }
    }
}
