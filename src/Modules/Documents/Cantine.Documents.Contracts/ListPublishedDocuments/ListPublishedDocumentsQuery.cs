using Mediator;

namespace Cantine.Documents.Contracts.ListPublishedDocuments;

/// <summary>The documents families can read today (published, inside their window), newest first.</summary>
public sealed record ListPublishedDocumentsQuery : IQuery<IReadOnlyList<PublishedDocumentDto>>;
