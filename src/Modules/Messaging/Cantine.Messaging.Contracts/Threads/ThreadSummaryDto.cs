namespace Cantine.Messaging.Contracts.Threads;

/// <summary>A contact thread in a list. <see cref="Status"/> is <c>Unread</c>, <c>Read</c> or <c>Archived</c>.</summary>
public sealed record ThreadSummaryDto(
    Guid Id, string Subject, string AuthorName, DateTimeOffset StartedAt, DateTimeOffset LastActivityAt, int ReplyCount,
    bool AwaitingReply, string Status, string? AssigneeName, bool HasAttachment);
