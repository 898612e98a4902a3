using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>
/// The structure's name or contact details changed. <paramref name="Version"/> is the structure stream's version after
/// the change, so a reader that keeps a copy can ignore an older message handled after a newer one.
/// </summary>
public sealed record StructureDetailsChangedIntegrationEvent(string TenantId, string Name, string ContactEmail, long Version, string Phone = "") : IIntegrationEvent;
