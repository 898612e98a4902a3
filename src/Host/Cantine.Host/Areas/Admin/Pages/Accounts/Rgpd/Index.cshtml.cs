using Cantine.Accounts.Contracts.FindFamiliesByName;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Rgpd;

/// <summary>Administrators: find a family to export or erase its personal data (RGPD).</summary>
public sealed class IndexModel(ISender sender) : CantinePageModel
{
    [BindProperty(SupportsGet = true, Name = "nom")]
    public string? Nom { get; set; }

    public IReadOnlyList<FamilyMatchDto>? Families { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Nom))
        {
            Families = await sender.Send(new FindFamiliesByNameQuery(Nom), ct);
        }
    }
}
