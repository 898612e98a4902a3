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

/// <summary>
/// Checks the attachment is a PDF, then load → <see cref="ContactThreadDecisions"/> → append; the attachment is stored
/// and the structure told only when a new thread starts (the same message sent again answers the same thread).
/// </summary>
public sealed class SendContactMessageHandler(IDocumentSession session, IMessageBus bus, TimeProvider clock, IOptions<MessagingOptions> options)
    : ICommandHandler<SendContactMessageCommand, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(SendContactMessageCommand command, CancellationToken ct)
    {
        if (ThreadMapping.CheckAttachment(command.Attachment, options.Value.MaxAttachmentBytes) is { } problem)
        {
            return problem;
        }

        var now = clock.GetUtcNow();
        var threadId = ContactThreadDecisions.ThreadIdFor(command.GuardianId, command.Subject, command.Body, now);
        var stream = await session.Events.FetchForWriting<ContactThread>(threadId, ct);
        var attachment = command.Attachment is { Length: > 0 } bytes ? bytes : null;
        var message = new Domain.SendContactMessage(
            threadId, command.FamilyId, command.GuardianId, command.AuthorName, command.AuthorEmail, command.Subject, command.Body,
            attachment is null ? null : Guid.CreateVersion7(), attachment is null ? null : SafeFileName.ForPdf(command.AttachmentName, "piece-jointe"),
            attachment?.LongLength);
        var decision = ContactThreadDecisions.Decide(message, stream.Aggregate, now);
        if (decision.Events is [ContactMessageReceived received])
        {
            if (attachment is not null)
            {
                FileStore.QueueSave(session, received.AttachmentFileId!.Value, received.AttachmentName!, "application/pdf", attachment);
            }

            stream.AppendMany(decision.Events);
            await bus.PublishAsync(new ContactMessageReceivedIntegrationEvent(session.TenantId, threadId, command.FamilyId, received.AuthorName, received.Subject, now));
        }

        return threadId;
    }
}
