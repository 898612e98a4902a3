using Cantine.Host.Pages;
using Cantine.Host.Uploads;
using Cantine.Messaging.Contracts.OpenAttachment;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Messaging.Messages;

public sealed class AttachmentModel(ISender sender) : CantinePageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await sender.Send(new OpenAttachmentQuery(id, FamilyId: null), ct) is { } file
            ? PdfResponse.Attachment(this, file.Content, file.FileName)
            : NotFound();
}
