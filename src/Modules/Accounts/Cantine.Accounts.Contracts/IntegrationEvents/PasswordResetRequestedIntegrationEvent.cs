using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>
/// A guardian or staff member asked for a password link (or an administrator invited them).
/// <see cref="LinkPath"/> is relative to the site (<c>/{slug}/...</c>); it is single-use and valid until
/// <see cref="ExpiresAt"/>.
/// </summary>
public sealed record PasswordResetRequestedIntegrationEvent(
    string TenantId,
    Guid UserId,
    string Email,
    string DisplayName,
    string Login,
    string StructureName,
    string LinkPath,
    DateTimeOffset ExpiresAt,
    bool IsFirstConnection) : IIntegrationEvent;
