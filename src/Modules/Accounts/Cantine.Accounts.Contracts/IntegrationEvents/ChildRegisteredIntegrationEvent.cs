using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>A child was registered in a family. Other modules keep what they need of the child from this.</summary>
public sealed record ChildRegisteredIntegrationEvent(string TenantId, Guid ChildId, Guid FamilyId, string FirstName, string LastName, string School, string Class) : IIntegrationEvent;
