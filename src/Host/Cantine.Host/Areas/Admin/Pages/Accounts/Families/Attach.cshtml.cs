using Cantine.Accounts.Contracts.AttachChildToFamily;
using Cantine.Accounts.Contracts.GetFamilyDetail;
using Cantine.Accounts.Contracts.ListFamilies;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Families;

/// <summary>Finds a child of another family (separated parents) and attaches it to this one too.</summary>
public sealed class AttachModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty(SupportsGet = true, Name = "recherche")]
    public string? Recherche { get; set; }

    public FamilyDetailDto Family { get; private set; } = null!;

    /// <summary>Children of the families found, with their family: the ones this family does not have yet.</summary>
    public IReadOnlyList<(FamilyListChildDto Child, FamilyListItemDto Family)> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid familyId, CancellationToken ct) =>
        await LoadAsync(familyId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid familyId, Guid childId, CancellationToken ct)
    {
        if (!await LoadAsync(familyId, ct))
        {
            return NotFound();
        }

        var result = await sender.Send(new AttachChildToFamilyCommand(childId, familyId), ct);
        if (result.Errors.Any(e => e.Code == "ChildNotFound"))
        {
            // Not a child of this structure: the same answer as any unknown address.
            return NotFound();
        }

        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e with { Field = null }), string.Empty);
            return Page();
        }

        var child = Candidates.Select(c => c.Child).FirstOrDefault(c => c.ChildId == childId);
        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/familles/{familyId}",
            child is null ? text["L'enfant est rattaché à cette famille."] : text["{0} {1} est rattaché(e) à cette famille.", child.FirstName, child.LastName]);
    }

    private async Task<bool> LoadAsync(Guid familyId, CancellationToken ct)
    {
        Family = (await sender.Send(new GetFamilyDetailQuery(familyId), ct))!;
        if (Family is null)
        {
            return false;
        }

        if (!string.IsNullOrWhiteSpace(Recherche))
        {
            var search = Recherche.Length > 100 ? Recherche[..100] : Recherche;
            var found = await sender.Send(new ListFamiliesQuery(search, 1, 20, FamilySort.Name, false), ct);
            var mine = Family.Children.Select(c => c.ChildId).ToHashSet();
            Candidates = found.Items.Where(f => f.FamilyId != familyId)
                .SelectMany(f => f.Children.Where(c => !mine.Contains(c.ChildId)).Select(c => (c, f)))
                .ToList();
        }

        return true;
    }
}
