using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>Staff changed a child's name, school or class.</summary>
public sealed record ChildDetailsChangedIntegrationEvent(string TenantId, Guid ChildId, string FirstName, string LastName, string School, string Class) : IIntegrationEvent;
