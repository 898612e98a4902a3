using Cantine.Accounts.Contracts.ChangeStructureLogo;
using Cantine.Accounts.Contracts.GetStructure;
using Cantine.Accounts.Contracts.RemoveStructureLogo;
using Cantine.Host.Pages;
using Cantine.Host.Tenancy;
using Cantine.Host.Uploads;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Settings;

/// <summary>Staff: the logo in the header of the portal and the back office (checked by its content by Accounts).</summary>
public sealed class LogoModel(ISender sender, StructureLookup structures, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public IFormFile? Fichier { get; set; }

    public Guid? LogoId { get; private set; }

    public long MaxKilobytes => ChangeStructureLogoCommand.MaxBytes / 1024;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (fileName, content) = await UploadReader.ReadAsync(Fichier, ChangeStructureLogoCommand.MaxBytes, ct);
        var result = await sender.Send(new ChangeStructureLogoCommand(fileName, content), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Fichier), error.Message);
            }

            await LoadAsync(ct);
            return Page();
        }

        structures.Forget(Tenant.Slug);
        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/parametres/logo", text["Le logo est enregistré."]);
    }

    public async Task<IActionResult> OnPostRetirerAsync(CancellationToken ct)
    {
        await sender.Send(new RemoveStructureLogoCommand(), ct);
        structures.Forget(Tenant.Slug);
        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/parametres/logo", text["Le logo est retiré."]);
    }

    private async Task LoadAsync(CancellationToken ct) => LogoId = (await sender.Send(new GetStructureQuery(), ct))?.LogoId;
}
