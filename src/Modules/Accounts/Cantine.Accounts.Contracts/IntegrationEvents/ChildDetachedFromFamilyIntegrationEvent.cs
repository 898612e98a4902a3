using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>A child no longer belongs to this family.</summary>
public sealed record ChildDetachedFromFamilyIntegrationEvent(string TenantId, Guid ChildId, Guid FamilyId) : IIntegrationEvent;
