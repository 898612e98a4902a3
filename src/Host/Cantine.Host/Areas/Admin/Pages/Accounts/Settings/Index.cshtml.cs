using Cantine.Host.Pages;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Settings;

/// <summary>Staff: the settings pages. Those of the booking calendar belong to Reservations and are linked only once they exist.</summary>
public sealed class IndexModel(EndpointDataSource endpoints) : CantinePageModel
{
    public bool HasCalendarPage => Exists("{slug}/admin/parametres/calendrier");

    public bool HasClosuresPage => Exists("{slug}/admin/parametres/fermetures");

    public void OnGet()
    {
    }

    private bool Exists(string pattern) =>
        endpoints.Endpoints.OfType<RouteEndpoint>().Any(e => string.Equals(e.RoutePattern.RawText?.TrimStart('/'), pattern, StringComparison.OrdinalIgnoreCase));
}
