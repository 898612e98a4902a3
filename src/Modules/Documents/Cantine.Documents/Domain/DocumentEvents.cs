namespace Cantine.Documents.Domain;

public sealed record DocumentPublished(
    Guid DocumentId, string Title, string Category, Guid FileId, string FileName, long SizeBytes,
    DateTimeOffset PublishedAt, DateOnly? VisibleFrom, DateOnly? VisibleUntil);

public sealed record DocumentFileReplaced(Guid DocumentId, Guid FileId, string FileName, long SizeBytes, DateTimeOffset ReplacedAt);

public sealed record DocumentWithdrawn(Guid DocumentId, DateTimeOffset WithdrawnAt);
