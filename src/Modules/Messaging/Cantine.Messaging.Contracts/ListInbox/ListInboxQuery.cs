using Cantine.Messaging.Contracts.Threads;
using Mediator;

namespace Cantine.Messaging.Contracts.ListInbox;

/// <summary>The structure's contact inbox for one box: <c>Unread</c>, <c>Read</c> or <c>Archived</c>.</summary>
public sealed record ListInboxQuery(string Box) : IQuery<IReadOnlyList<ThreadSummaryDto>>;
