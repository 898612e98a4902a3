using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>A family left the service: no new bookings; its history stays.</summary>
public sealed record FamilyArchivedIntegrationEvent(string TenantId, Guid FamilyId) : IIntegrationEvent;
