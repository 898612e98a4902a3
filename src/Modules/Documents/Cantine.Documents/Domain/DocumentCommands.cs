namespace Cantine.Documents.Domain;

// What a staff member asks of the library, in the domain's words (the Contracts commands carry the upload's bytes).

/// <summary>Publish a document whose PDF is stored as <paramref name="FileId"/>.</summary>
public sealed record PublishDocument(
    Guid DocumentId, string Title, string Category, Guid FileId, string FileName, long SizeBytes, DateOnly? VisibleFrom, DateOnly? VisibleUntil);

/// <summary>Put a new PDF in place of the document's file.</summary>
public sealed record ReplaceDocumentFile(Guid FileId, string FileName, long SizeBytes);

/// <summary>Take the document off the families' library.</summary>
public sealed record WithdrawDocument;
