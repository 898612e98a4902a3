using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>
/// Staff recorded a child's allergies or PAI (individual care plan): staff-only health data, which Attendance shows on
/// the agents' sheets. Staff notes stay in Accounts.
/// </summary>
public sealed record ChildCareNotesChangedIntegrationEvent(string TenantId, Guid ChildId, string Allergies, bool HasPai) : IIntegrationEvent;
