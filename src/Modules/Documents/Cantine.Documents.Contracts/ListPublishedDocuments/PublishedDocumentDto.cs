namespace Cantine.Documents.Contracts.ListPublishedDocuments;

public sealed record PublishedDocumentDto(Guid Id, string Title, string Category, DateOnly Date, long SizeBytes);
