using Cantine.BuildingBlocks;
using Cantine.BuildingBlocks.Auditing;
using Cantine.Messaging.Domain;
using JasperFx.Events;
using Marten;

namespace Cantine.Messaging.Features.Shared;

/// <summary>The audit log's French descriptions of the staff's actions on contact threads (ADR 0017).</summary>
internal sealed class MessagingAuditDescriber : IAuditDescriber
{
    private static readonly ResourceTexts Texts = new("Cantine.Messaging.Resources.MessagingAuditText", typeof(MessagingAuditDescriber).Assembly);

    public IReadOnlyCollection<Type> Ignored { get; } = [typeof(ContactThreadMarkedRead)];

    public async ValueTask<string?> DescribeAsync(IEvent e, IQuerySession session, CancellationToken ct) => e.Data switch
    {
        ContactMessageReceived x => Texts.Get("ContactMessageReceived", x.Subject),
        ContactReplied => Texts.Get("ContactReplied", await SubjectAsync(session, e, ct)),
        ContactThreadArchived => Texts.Get("ContactThreadArchived", await SubjectAsync(session, e, ct)),
        ContactThreadAssigned x => Texts.Get("ContactThreadAssigned", await SubjectAsync(session, e, ct), x.StaffName),
        ContactThreadErased => Texts.Get("ContactThreadErased"),
        _ => null,
    };

    private static async Task<string> SubjectAsync(IQuerySession session, IEvent e, CancellationToken ct) =>
        (await session.LoadAsync<ContactThread>(e.StreamId, ct))?.Subject ?? "?";
}
