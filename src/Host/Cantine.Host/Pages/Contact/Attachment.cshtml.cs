using Cantine.Host.Security;
using Cantine.Host.Uploads;
using Cantine.Messaging.Contracts.OpenAttachment;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Pages.Contact;

public sealed class AttachmentModel(ISender sender) : CantinePageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await sender.Send(new OpenAttachmentQuery(id, User.FamilyIdOf()!.Value), ct) is { } file
            ? PdfResponse.Inline(this, file.Content, file.FileName)
            : NotFound();
}
