using Cantine.Host.Pages;

namespace Cantine.Host.Areas.Admin.Pages;

/// <summary>The back office's home: what this staff member can open.</summary>
public sealed class IndexModel : CantinePageModel
{
    public void OnGet()
    {
    }
}
