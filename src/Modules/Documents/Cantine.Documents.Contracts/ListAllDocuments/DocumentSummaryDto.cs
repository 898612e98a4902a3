namespace Cantine.Documents.Contracts.ListAllDocuments;

public sealed record DocumentSummaryDto(
    Guid Id, string Title, string Category, string FileName, long SizeBytes, DateTimeOffset PublishedAt,
    DateOnly? VisibleFrom, DateOnly? VisibleUntil, bool Withdrawn, bool IsLive);
