using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Cantine.Accounts.Contracts.StartFamilyImport;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Import;

/// <summary>
/// Staff: what a staged CSV would change; the confirmation imports the stored file, not anything the browser sends.
/// A large file is imported in the background: the confirmation then leads to its progress page.
/// </summary>
public sealed class PreviewModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    public FamilyImportPreviewDto Preview { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await sender.Send(new StartFamilyImportCommand(id), ct);
        if (!result.IsSuccess)
        {
            if (!await LoadAsync(id, ct))
            {
                return NotFound();
            }

            AddErrors(result.Errors, string.Empty);
            return Page();
        }

        if (result.Value.RunId is { } runId)
        {
            return Redirect($"/{Tenant.Slug}/admin/import/suivi/{runId}");
        }

        var c = result.Value.Counts!;
        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/import", text[
            "Import terminé : {0} familles créées et {1} mises à jour, {2} responsables créés et {3} mis à jour, {4} enfants créés et {5} mis à jour.",
            c.FamiliesCreated, c.FamiliesUpdated, c.GuardiansCreated, c.GuardiansUpdated, c.ChildrenCreated, c.ChildrenUpdated]);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Preview = (await sender.Send(new PreviewFamilyImportQuery(id), ct))!;
        return Preview is not null;
    }
}
