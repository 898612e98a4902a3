using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Messaging.Contracts.IntegrationEvents;

/// <summary>Staff replied to a family's message (the family is told by e-mail).</summary>
public sealed record ContactReplySentIntegrationEvent(
    string TenantId, Guid ThreadId, string ToEmail, string ToName, string Subject, DateTimeOffset At) : IIntegrationEvent;
