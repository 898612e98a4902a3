using Cantine.Accounts.Contracts.ExportFamilies;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Import;

/// <summary>Staff: the families CSV of this structure (personal data: never cached).</summary>
public sealed class ExportModel(ISender sender, TimeProvider clock) : CantinePageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var content = await sender.Send(new ExportFamiliesQuery(), ct);
        var today = ParisTime.InParis(clock.GetUtcNow());
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(content, "text/csv; charset=utf-8", $"familles-{Tenant.Slug}-{today:yyyy-MM-dd}.csv");
    }
}
