using Cantine.Messaging.Contracts.Threads;
using Mediator;

namespace Cantine.Messaging.Contracts.ListFamilyThreads;

/// <summary>"Mes messages": the family's threads, most recent activity first.</summary>
public sealed record ListFamilyThreadsQuery(Guid FamilyId) : IQuery<IReadOnlyList<ThreadSummaryDto>>;
