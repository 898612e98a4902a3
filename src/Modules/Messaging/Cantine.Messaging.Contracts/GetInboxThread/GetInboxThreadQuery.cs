using Cantine.Messaging.Contracts.Threads;
using Mediator;

namespace Cantine.Messaging.Contracts.GetInboxThread;

/// <summary>Staff view of a thread of the current structure.</summary>
public sealed record GetInboxThreadQuery(Guid ThreadId) : IQuery<ThreadDto?>;
