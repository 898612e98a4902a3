using Cantine.Audit.Contracts.Describing;
using Cantine.BuildingBlocks;
using Cantine.Messaging.Domain;
using Marten;

namespace Cantine.Messaging.Auditing;

/// <summary>The audit log's French descriptions of the staff's actions on contact threads (ADR 0017).</summary>
internal sealed class MessagingAuditDescriber(IQuerySession session) : IAuditDescriber
{
    private static readonly ResourceTexts Texts = new("Cantine.Messaging.Resources.MessagingAuditText", typeof(MessagingAuditDescriber).Assembly);

    public IReadOnlyCollection<Type> Ignored { get; } = [typeof(ContactThreadMarkedRead), typeof(ContactRepliesReadByFamily), typeof(EmailPreferencesChosen)];

    public async ValueTask<string?> DescribeAsync(AuditedEvent e, CancellationToken ct) => e.Data switch
    {
        ContactMessageReceived x => Texts.Get("ContactMessageReceived", x.Subject),
        ContactReplied => Texts.Get("ContactReplied", await SubjectAsync(e, ct)),
        ContactThreadArchived => Texts.Get("ContactThreadArchived", await SubjectAsync(e, ct)),
        ContactThreadAssigned x => Texts.Get("ContactThreadAssigned", await SubjectAsync(e, ct), x.StaffName),
        ContactThreadErased => Texts.Get("ContactThreadErased"),
        _ => null,
    };

    /// <summary>The family's contact threads.</summary>
    public async ValueTask<IReadOnlyCollection<Guid>> FamilyStreamsAsync(Guid familyId, CancellationToken ct) =>
        await session.Query<ContactThread>().Where(t => t.FamilyId == familyId).Select(t => t.Id).ToListAsync(ct);


    private async Task<string> SubjectAsync(AuditedEvent e, CancellationToken ct) =>
        (await session.LoadAsync<ContactThread>(e.StreamId, ct))?.Subject ?? "?";
}
