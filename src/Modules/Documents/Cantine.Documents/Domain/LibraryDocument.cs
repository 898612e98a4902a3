namespace Cantine.Documents.Domain;

/// <summary>A PDF the structure publishes for its families (manual §7), with its optional publication window.</summary>
public sealed record LibraryDocument(
    Guid Id, string Title, string Category, Guid FileId, string FileName, long SizeBytes, DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt, DateOnly? VisibleFrom, DateOnly? VisibleUntil, bool Withdrawn)
{
    public static LibraryDocument Create(DocumentPublished e) =>
        new(e.DocumentId, e.Title, e.Category, e.FileId, e.FileName, e.SizeBytes, e.PublishedAt, e.PublishedAt, e.VisibleFrom, e.VisibleUntil, false);

    public LibraryDocument Apply(DocumentFileReplaced e) =>
        this with { FileId = e.FileId, FileName = e.FileName, SizeBytes = e.SizeBytes, UpdatedAt = e.ReplacedAt };

    public LibraryDocument Apply(DocumentWithdrawn e) => this with { Withdrawn = true, UpdatedAt = e.WithdrawnAt };

    /// <summary>Whether families can see it on <paramref name="today"/> (a date in Europe/Paris): both bounds inclusive.</summary>
    public bool IsLiveOn(DateOnly today) =>
        !Withdrawn && (VisibleFrom is not { } from || today >= from) && (VisibleUntil is not { } until || today <= until);
}
