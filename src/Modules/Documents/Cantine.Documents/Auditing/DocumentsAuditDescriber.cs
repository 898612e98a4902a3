using Cantine.Audit.Contracts.Describing;
using Cantine.BuildingBlocks;
using Cantine.Documents.Domain;
using Marten;

namespace Cantine.Documents.Auditing;

/// <summary>The audit log's French descriptions of the documents published for families (ADR 0017).</summary>
internal sealed class DocumentsAuditDescriber(IQuerySession session) : IAuditDescriber
{
    private static readonly ResourceTexts Texts = new("Cantine.Documents.Resources.DocumentsAuditText", typeof(DocumentsAuditDescriber).Assembly);

    public IReadOnlyCollection<Type> Ignored { get; } = [];

    public async ValueTask<string?> DescribeAsync(AuditedEvent e, CancellationToken ct) => e.Data switch
    {
        DocumentPublished x => Texts.Get("DocumentPublished", x.Title, x.Category, x.FileName),
        DocumentFileReplaced x => Texts.Get("DocumentFileReplaced", await TitleAsync(e, ct), x.FileName),
        DocumentWithdrawn => Texts.Get("DocumentWithdrawn", await TitleAsync(e, ct)),
        _ => null,
    };

    /// <summary>Documents are published for every family: none is about one family.</summary>
    public ValueTask<IReadOnlyCollection<Guid>> FamilyStreamsAsync(Guid familyId, CancellationToken ct) =>
        ValueTask.FromResult<IReadOnlyCollection<Guid>>([]);


    private async Task<string> TitleAsync(AuditedEvent e, CancellationToken ct) =>
        (await session.Events.AggregateStreamAsync<LibraryDocument>(e.StreamId, e.Version - 1, token: ct))?.Title ?? "?";
}
