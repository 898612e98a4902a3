using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Reservations.Contracts.IntegrationEvents;

/// <summary>A booking period's deadline passed and its headcounts were frozen; parents can no longer change it.</summary>
public sealed record PeriodClosedIntegrationEvent(
    string TenantId,
    string PeriodKind,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateTimeOffset Deadline,
    DateTimeOffset ClosedAt,
    int BookedMeals) : IIntegrationEvent;
