using Cantine.Accounts.Contracts.GetFamilyHome;
using Cantine.Host.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Pages.Family;

/// <summary>The family's home page after sign-in, under the main band (SPEC §8).</summary>
public sealed class HomeModel(ISender sender) : CantinePageModel
{
    public FamilyHomeDto? Family { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.FamilyIdOf() is not { } familyId || await sender.Send(new GetFamilyHomeQuery(familyId), ct) is not { } family)
        {
            return NotFound();
        }

        Family = family;
        return Page();
    }
}
