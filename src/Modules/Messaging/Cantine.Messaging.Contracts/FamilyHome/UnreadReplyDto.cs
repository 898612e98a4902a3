namespace Cantine.Messaging.Contracts.FamilyHome;

/// <summary>A thread with <see cref="Count"/> unread replies, the last one at <see cref="RepliedAt"/>.</summary>
public sealed record UnreadReplyDto(Guid ThreadId, string Subject, DateTimeOffset RepliedAt, int Count);
