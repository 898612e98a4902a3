using Cantine.Accounts.Contracts.ArchiveFamily;
using Cantine.Accounts.Contracts.GetFamilyDetail;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Families;

/// <summary>The confirmation step before archiving a family.</summary>
public sealed class ArchiveModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    public FamilyDetailDto Family { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid familyId, CancellationToken ct) => await LoadAsync(familyId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid familyId, CancellationToken ct)
    {
        if (!await LoadAsync(familyId, ct))
        {
            return NotFound();
        }

        var result = await sender.Send(new ArchiveFamilyCommand(familyId), ct);
        return result.IsSuccess
            ? RedirectWithConfirmation($"/{Tenant.Slug}/admin/familles/{familyId}", text["La famille « {0} » est archivée.", Family.Name])
            : NotFound();
    }

    private async Task<bool> LoadAsync(Guid familyId, CancellationToken ct)
    {
        Family = (await sender.Send(new GetFamilyDetailQuery(familyId), ct))!;
        return Family is not null;
    }
}
