using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Reservations.Contracts.IntegrationEvents;

/// <summary>
/// A family has nothing booked for a period whose deadline is near (ADR 0033): Messaging e-mails its guardians, once per
/// family and period, and not after <paramref name="Deadline"/>. <paramref name="PeriodKind"/> is "Week" or "Month";
/// <paramref name="ChildFirstNames"/> the children who could be booked.
/// </summary>
public sealed record BookingReminderDueIntegrationEvent(
    string TenantId,
    Guid FamilyId,
    string PeriodKind,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateTimeOffset Deadline,
    IReadOnlyList<string> ChildFirstNames) : IIntegrationEvent;
