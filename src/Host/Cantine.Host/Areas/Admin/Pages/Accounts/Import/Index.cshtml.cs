using Cantine.Accounts.Contracts.StageFamilyImport;
using Cantine.BuildingBlocks.Files;
using Cantine.Host.Pages;
using Cantine.Host.Uploads;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Import;

/// <summary>Staff: upload a families CSV (kept on the server, then previewed), export the families, read the format.</summary>
public sealed class IndexModel(ISender sender) : CantinePageModel
{
    [BindProperty]
    public IFormFile? Fichier { get; set; }

    public double MaxMegabytes => PdfContent.Megabytes(StageFamilyImportCommand.MaxBytes);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (fileName, content) = await UploadReader.ReadAsync(Fichier, StageFamilyImportCommand.MaxBytes, ct);
        var result = await sender.Send(new StageFamilyImportCommand(fileName, content), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Fichier), error.Message);
            }

            return Page();
        }

        return Redirect($"/{Tenant.Slug}/admin/import/{result.Value}");
    }
}
