using Cantine.Messaging.Contracts.Threads;
using Mediator;

namespace Cantine.Messaging.Contracts.GetFamilyThread;

/// <summary>One of the family's threads; null if it does not exist or belongs to another family.</summary>
public sealed record GetFamilyThreadQuery(Guid FamilyId, Guid ThreadId) : IQuery<ThreadDto?>;
