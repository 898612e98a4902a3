using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>A family's personal data was erased (RGPD). Modules remove or mask what they hold about it and its children; amounts the town must keep stay.</summary>
public sealed record FamilyErasedIntegrationEvent(string TenantId, Guid FamilyId, IReadOnlyList<Guid> ChildIds) : IIntegrationEvent;
