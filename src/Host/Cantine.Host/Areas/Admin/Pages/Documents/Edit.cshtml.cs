using Cantine.BuildingBlocks.Files;
using Cantine.Documents;
using Cantine.Documents.Contracts.GetDocument;
using Cantine.Documents.Contracts.ListAllDocuments;
using Cantine.Documents.Contracts.ReplaceDocumentFile;
using Cantine.Documents.Contracts.WithdrawDocument;
using Cantine.Host.Pages;
using Cantine.Host.Uploads;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cantine.Host.Areas.Admin.Pages.Documents;

/// <summary>Staff: one document — see its file, replace it, withdraw it.</summary>
public sealed class EditModel(ISender sender, IOptions<DocumentsOptions> options, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public IFormFile? Fichier { get; set; }

    public DocumentSummaryDto Document { get; private set; } = null!;

    public double MaxMegabytes => PdfContent.Megabytes(options.Value.MaxFileBytes);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRemplacerAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var (fileName, content) = await UploadReader.ReadAsync(Fichier, options.Value.MaxFileBytes, ct);
        var result = await sender.Send(new ReplaceDocumentFileCommand(id, fileName, content), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Fichier), error.Message);
            }

            return Page();
        }

        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/documents/{id}", text["Le fichier a été remplacé."]);
    }

    public async Task<IActionResult> OnPostRetirerAsync(Guid id, CancellationToken ct)
    {
        var result = await sender.Send(new WithdrawDocumentCommand(id), ct);
        return result.IsSuccess
            ? RedirectWithConfirmation($"/{Tenant.Slug}/admin/documents", text["Le document est retiré : les familles ne le voient plus."])
            : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Document = (await sender.Send(new GetDocumentQuery(id), ct))!;
        return Document is not null;
    }
}
