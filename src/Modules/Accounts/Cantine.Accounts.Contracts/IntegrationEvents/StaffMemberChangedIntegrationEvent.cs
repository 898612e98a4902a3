using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>
/// A staff member was registered, disabled or enabled: the e-mail and role (<c>Administrateur</c> or <c>Agent</c>)
/// other modules write to (Attendance reminds the agents of sheets not validated). <paramref name="Version"/> is the
/// account stream's version, so a reader keeping a copy ignores an older message handled after a newer one.
/// </summary>
public sealed record StaffMemberChangedIntegrationEvent(string TenantId, Guid UserId, string Email, string Role, bool Active, long Version) : IIntegrationEvent;
