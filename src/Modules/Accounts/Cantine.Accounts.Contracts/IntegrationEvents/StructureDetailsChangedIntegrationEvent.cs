using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>The structure's name or contact details changed.</summary>
public sealed record StructureDetailsChangedIntegrationEvent(string TenantId, string Name, string ContactEmail) : IIntegrationEvent;
