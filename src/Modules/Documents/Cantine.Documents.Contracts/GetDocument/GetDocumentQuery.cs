using Cantine.Documents.Contracts.ListAllDocuments;
using Mediator;

namespace Cantine.Documents.Contracts.GetDocument;

/// <summary>Staff view of one document of the current structure, or null.</summary>
public sealed record GetDocumentQuery(Guid DocumentId) : IQuery<DocumentSummaryDto?>;
