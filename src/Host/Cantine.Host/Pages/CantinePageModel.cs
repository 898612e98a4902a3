using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Host.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cantine.Host.Pages;

/// <summary>What every page of a structure's site shares: its structure, refusals into ModelState, confirmations.</summary>
public abstract class CantinePageModel : PageModel
{
    /// <summary>Shown once after a redirect (Post-Redirect-Get).</summary>
    [TempData]
    public string? Confirmation { get; set; }

    public CurrentTenant Tenant =>
        HttpContext.Features.Get<CurrentTenant>() ?? throw new InvalidOperationException("This page belongs to a structure.");

    /// <summary>
    /// A structure's page reached without a structure: a reserved first segment (<c>/favicon.ico</c>, which
    /// browsers ask for on their own, <c>/robots.txt</c>…) still matches <c>/{slug}</c>. Not found, not a crash.
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (HttpContext.Features.Get<CurrentTenant>() is null)
        {
            context.Result = NotFound();
            return;
        }

        await base.OnPageHandlerExecutionAsync(context, next);
    }

    /// <summary>
    /// Puts each refusal next to its field (<c>prefix.Field</c>), or at the top of its form (<c>prefix</c>):
    /// a page with two forms shows a form's refusal in that form's summary only.
    /// </summary>
    protected void AddErrors(IEnumerable<Error> errors, string prefix)
    {
        foreach (var error in errors)
        {
            var key = string.IsNullOrEmpty(error.Field) ? prefix : $"{prefix}.{error.Field}";
            ModelState.AddModelError(key, error.Message);
        }
    }

    /// <summary>A return address inside this structure's site, or the fallback (no open redirects).</summary>
    protected string LocalReturnUrl(string? url, string fallback) =>
        !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) && url.StartsWith($"/{Tenant.Slug}/", StringComparison.Ordinal) && !HasDotSegment(url)
            ? url
            : fallback;

    /// <summary>
    /// Browsers resolve <c>..</c> (also written <c>%2e%2e</c> or with a backslash) before requesting:
    /// <c>/lyon/../vienne/accueil</c> starts with <c>/lyon/</c> but opens another structure.
    /// </summary>
    private static bool HasDotSegment(string url)
    {
        var path = url.Split('?', '#')[0];
        return Uri.UnescapeDataString(path).Replace('\\', '/').Split('/').Any(segment => segment is "." or "..");
    }

    protected IActionResult RedirectWithConfirmation(string url, string message)
    {
        Confirmation = message;
        return Redirect(url);
    }
}
