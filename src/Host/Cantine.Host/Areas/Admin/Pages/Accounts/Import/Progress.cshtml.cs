using Cantine.Accounts.Contracts.GetFamilyImportRun;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Import;

/// <summary>
/// Administrators: where a background import stands. While it runs the page reloads itself every
/// <see cref="RefreshSeconds"/> seconds (a meta refresh: no script); another structure's run is not found.
/// </summary>
public sealed class ProgressModel(ISender sender) : CantinePageModel
{
    public const int RefreshSeconds = 3;

    public FamilyImportRunDto Run { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid runId, CancellationToken ct)
    {
        Run = (await sender.Send(new GetFamilyImportRunQuery(runId), ct))!;
        return Run is null ? NotFound() : Page();
    }
}
