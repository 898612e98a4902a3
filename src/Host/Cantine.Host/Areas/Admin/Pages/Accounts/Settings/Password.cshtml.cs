using Cantine.Accounts.Contracts.ChangePasswordPolicy;
using Cantine.Accounts.Contracts.GetStructure;
using Cantine.Host.Pages;
using Cantine.Host.Tenancy;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Settings;

/// <summary>The structure's password policy: the minimum length (SPEC §2: 12 by default, never below 8).</summary>
public sealed class PasswordModel(ISender sender, StructureLookup structures, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public int? LongueurMinimale { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        LongueurMinimale = (await sender.Send(new GetStructureQuery(), ct))?.PasswordMinLength;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await sender.Send(new ChangePasswordPolicyCommand(LongueurMinimale ?? 0), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(LongueurMinimale), error.Message);
            }

            return Page();
        }

        // The portal's pages read the policy through the structure cache: forget it so they show the new length now.
        structures.Forget(Tenant.Slug);
        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/parametres/mot-de-passe",
            text["La longueur minimale est maintenant de {0} caractères pour tout nouveau mot de passe.", LongueurMinimale!.Value]);
    }
}
