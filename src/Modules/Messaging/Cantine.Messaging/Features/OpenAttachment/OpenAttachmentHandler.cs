using Cantine.BuildingBlocks.Files;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Messaging.Contracts.OpenAttachment;
using Cantine.Messaging.Domain;
using Marten;
using Mediator;

namespace Cantine.Messaging.Features.OpenAttachment;

public sealed class OpenAttachmentHandler(IQuerySession session, FileStore files, ITenantContext tenant) : IQueryHandler<OpenAttachmentQuery, AttachmentDto?>
{
    public async ValueTask<AttachmentDto?> Handle(OpenAttachmentQuery query, CancellationToken ct)
    {
        var thread = await session.LoadAsync<ContactThread>(query.ThreadId, ct);
        if (thread?.AttachmentFileId is not { } fileId || (query.FamilyId is { } family && thread.FamilyId != family))
        {
            return null;
        }

        var file = await files.OpenReadAsync(tenant.TenantId, fileId, ct);
        return file is null ? null : new AttachmentDto(file.FileName, file.Size, file.Content);
    }
}
