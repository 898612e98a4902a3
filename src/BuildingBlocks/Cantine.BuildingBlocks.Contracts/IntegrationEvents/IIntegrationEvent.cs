namespace Cantine.BuildingBlocks.Contracts.IntegrationEvents;

/// <summary>
/// A fact one module publishes for others, carried by Wolverine through Marten's outbox.
/// Evolve only by adding members with defaults; never reshape a published one.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>The structure (town) the fact belongs to.</summary>
    string TenantId { get; }
}
