using Cantine.Accounts.Contracts.OpenStructureLogo;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Pages.Structure;

/// <summary>
/// The structure's logo, for everyone (the sign-in page shows it). Its URL carries the logo's id, so it may be cached
/// by browsers; the strict CSP of every response also forbids an SVG opened on its own to run scripts.
/// </summary>
public sealed class LogoModel(ISender sender) : CantinePageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await sender.Send(new OpenStructureLogoQuery(), ct) is not { } logo)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "public, max-age=86400";
        return File(logo.Content, logo.ContentType);
    }
}
