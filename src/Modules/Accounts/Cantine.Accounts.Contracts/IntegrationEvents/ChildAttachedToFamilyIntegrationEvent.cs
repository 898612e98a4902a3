using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>A child now also belongs to a second family (separated parents, SPEC §2).</summary>
public sealed record ChildAttachedToFamilyIntegrationEvent(string TenantId, Guid ChildId, Guid FamilyId) : IIntegrationEvent;
