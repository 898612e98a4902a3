using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Messaging.Contracts.ReadReplies;

/// <summary>
/// A guardian opened one of the family's threads: its replies are no longer listed as unread on the family home (ADR 0032).
/// Refused as not found for another family's thread; nothing unread changes nothing.
/// </summary>
public sealed record ReadRepliesCommand(Guid FamilyId, Guid GuardianId, Guid ThreadId) : ICommand<Result>;
