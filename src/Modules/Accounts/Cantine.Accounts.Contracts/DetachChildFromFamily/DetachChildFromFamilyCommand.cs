using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.DetachChildFromFamily;

/// <summary>
/// A child no longer belongs to one of its two families (separated parents). Refused for the child's only family.
/// Publishes <c>ChildDetachedFromFamilyIntegrationEvent</c>.
/// </summary>
public sealed record DetachChildFromFamilyCommand(Guid ChildId, Guid FamilyId) : ICommand<Result>;
