using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Messaging.Contracts.IntegrationEvents;

/// <summary>A family wrote to the structure (the structure's contact address is told).</summary>
public sealed record ContactMessageReceivedIntegrationEvent(
    string TenantId, Guid ThreadId, Guid FamilyId, string AuthorName, string Subject, DateTimeOffset At) : IIntegrationEvent;
