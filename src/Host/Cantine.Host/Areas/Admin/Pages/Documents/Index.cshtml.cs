using Cantine.BuildingBlocks.Files;
using Cantine.Documents;
using Cantine.Documents.Contracts.ListAllDocuments;
using Cantine.Documents.Contracts.PublishDocument;
using Cantine.Host.Pages;
using Cantine.Host.Uploads;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cantine.Host.Areas.Admin.Pages.Documents;

/// <summary>Staff: the structure's documents, live or not, and the form to publish one.</summary>
public sealed class IndexModel(ISender sender, IOptions<DocumentsOptions> options, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public PublishInput Publication { get; set; } = new();

    public IReadOnlyList<DocumentSummaryDto> Documents { get; private set; } = [];

    public double MaxMegabytes => PdfContent.Megabytes(options.Value.MaxFileBytes);

    public async Task OnGetAsync(CancellationToken ct) => Documents = await sender.Send(new ListAllDocumentsQuery(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (fileName, content) = await UploadReader.ReadAsync(Publication.Fichier, options.Value.MaxFileBytes, ct);
        var result = await sender.Send(new PublishDocumentCommand(
            Publication.Titre ?? string.Empty, Publication.Categorie ?? string.Empty, fileName, content, Publication.VisibleDu, Publication.VisibleAu), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e with { Field = FieldOf(e.Field) }), nameof(Publication));
            Documents = await sender.Send(new ListAllDocumentsQuery(), ct);
            return Page();
        }

        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/documents", text["Le document « {0} » est publié.", Publication.Titre!]);
    }

    private static string? FieldOf(string? field) => field switch
    {
        "Title" => nameof(PublishInput.Titre),
        "Category" => nameof(PublishInput.Categorie),
        "Content" or "FileName" => nameof(PublishInput.Fichier),
        "VisibleUntil" => nameof(PublishInput.VisibleAu),
        _ => field,
    };

    public sealed class PublishInput
    {
        public string? Titre { get; set; }

        public string? Categorie { get; set; }

        public IFormFile? Fichier { get; set; }

        public DateOnly? VisibleDu { get; set; }

        public DateOnly? VisibleAu { get; set; }
    }
}
