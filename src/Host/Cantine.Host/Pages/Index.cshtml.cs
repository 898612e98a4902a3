using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cantine.Host.Pages;

/// <summary>The platform's root: each structure's portal lives at its own address.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
