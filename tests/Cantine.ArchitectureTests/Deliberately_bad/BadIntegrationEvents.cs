using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.ArchitectureTests.Deliberately_bad.IntegrationEvents;

/// <summary>Misnamed, and outside a Cantine.&lt;Module&gt;.Contracts assembly.</summary>
public sealed record ChildWasRegistered(string TenantId) : IIntegrationEvent;

/// <summary>Well named, but outside a Cantine.&lt;Module&gt;.Contracts assembly.</summary>
public sealed record SomethingHappenedIntegrationEvent(string TenantId) : IIntegrationEvent;
