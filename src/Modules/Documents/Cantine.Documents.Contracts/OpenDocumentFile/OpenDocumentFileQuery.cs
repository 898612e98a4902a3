using Mediator;

namespace Cantine.Documents.Contracts.OpenDocumentFile;

/// <summary>
/// Opens a document's PDF for reading. For families (<see cref="ForStaff"/> false) only a live document of
/// the current structure opens; otherwise null. The caller disposes the stream.
/// </summary>
public sealed record OpenDocumentFileQuery(Guid DocumentId, bool ForStaff) : IQuery<DocumentFileDto?>;
