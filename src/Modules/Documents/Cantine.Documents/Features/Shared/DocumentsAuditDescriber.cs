using Cantine.BuildingBlocks;
using Cantine.BuildingBlocks.Auditing;
using Cantine.Documents.Domain;
using JasperFx.Events;
using Marten;

namespace Cantine.Documents.Features.Shared;

/// <summary>The audit log's French descriptions of the documents published for families (ADR 0017).</summary>
internal sealed class DocumentsAuditDescriber : IAuditDescriber
{
    private static readonly ResourceTexts Texts = new("Cantine.Documents.Resources.DocumentsAuditText", typeof(DocumentsAuditDescriber).Assembly);

    public IReadOnlyCollection<Type> Ignored { get; } = [];

    public async ValueTask<string?> DescribeAsync(IEvent e, IQuerySession session, CancellationToken ct) => e.Data switch
    {
        DocumentPublished x => Texts.Get("DocumentPublished", x.Title, x.Category, x.FileName),
        DocumentFileReplaced x => Texts.Get("DocumentFileReplaced", await TitleAsync(session, e, ct), x.FileName),
        DocumentWithdrawn => Texts.Get("DocumentWithdrawn", await TitleAsync(session, e, ct)),
        _ => null,
    };

    private static async Task<string> TitleAsync(IQuerySession session, IEvent e, CancellationToken ct) =>
        (await session.Events.AggregateStreamAsync<LibraryDocument>(e.StreamId, e.Version - 1, token: ct))?.Title ?? "?";
}
