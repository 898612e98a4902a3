using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>An account's password changed; its owner is told, in case it was not them.</summary>
public sealed record PasswordChangedIntegrationEvent(
    string TenantId, Guid UserId, string Email, string DisplayName, string StructureName, DateTimeOffset At) : IIntegrationEvent;
