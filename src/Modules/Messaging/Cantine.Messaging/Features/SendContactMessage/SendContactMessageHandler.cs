using System.Security.Cryptography;
using System.Text;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Files;
using Cantine.Messaging.Contracts.IntegrationEvents;
using Cantine.Messaging.Contracts.SendContactMessage;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Features.Shared;
using Marten;
using Mediator;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Cantine.Messaging.Features.SendContactMessage;

public sealed class SendContactMessageHandler(IDocumentSession session, IMessageBus bus, TimeProvider clock, IOptions<MessagingOptions> options)
    : ICommandHandler<SendContactMessageCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(SendContactMessageCommand command, CancellationToken ct)
    {
        if (ThreadMapping.CheckAttachment(command.Attachment, options.Value.MaxAttachmentBytes) is { } problem)
        {
            return problem;
        }

        // The same message sent twice the same day (a double click, a replayed form) is one thread.
        var now = clock.GetUtcNow();
        var threadId = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{command.GuardianId}|{command.Subject.Trim()}|{command.Body.Trim()}|{now:yyyy-MM-dd}")).AsSpan(0, 16));
        if (await session.Events.FetchStreamStateAsync(threadId, ct) is not null)
        {
            return threadId;
        }

        Guid? fileId = null;
        string? fileName = null;
        if (command.Attachment is { Length: > 0 } attachment)
        {
            fileId = Guid.CreateVersion7();
            fileName = AttachmentName.Clean(command.AttachmentName);
            FileStore.QueueSave(session, fileId.Value, fileName, "application/pdf", attachment);
        }

        var received = new ContactMessageReceived(
            threadId, command.FamilyId, command.GuardianId, command.AuthorName.Trim(), command.AuthorEmail.Trim(), command.Subject.Trim(),
            command.Body.Trim(), fileId, fileName, command.Attachment?.LongLength is > 0 ? command.Attachment.LongLength : null, now);
        session.Events.StartStream<ContactThread>(threadId, received);
        await bus.PublishAsync(new ContactMessageReceivedIntegrationEvent(session.TenantId, threadId, command.FamilyId, received.AuthorName, received.Subject, now));
        return threadId;
    }
}
