using Mediator;

namespace Cantine.Documents.Contracts.ListAllDocuments;

/// <summary>Staff view: every document of the structure, live or not, newest first.</summary>
public sealed record ListAllDocumentsQuery : IQuery<IReadOnlyList<DocumentSummaryDto>>;
