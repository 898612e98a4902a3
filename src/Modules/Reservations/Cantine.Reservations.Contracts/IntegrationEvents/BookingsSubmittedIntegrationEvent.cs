using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Reservations.Contracts.IntegrationEvents;

/// <summary>
/// A guardian's `Valider` changed the family's bookings of a period (ADR 0033): what it booked and cancelled, and what the
/// period now holds, named for an e-mail (Messaging sends the guardian a confirmation, once per <paramref name="SubmissionId"/>).
/// <paramref name="PeriodKind"/> is "Week" or "Month". Staff corrections and pattern copies do not publish it.
/// </summary>
public sealed record BookingsSubmittedIntegrationEvent(
    string TenantId,
    Guid FamilyId,
    Guid GuardianId,
    Guid SubmissionId,
    string PeriodKind,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateTimeOffset Deadline,
    IReadOnlyList<BookedDayLine> Booked,
    IReadOnlyList<BookedDayLine> Cancelled,
    IReadOnlyList<BookedDayLine> NowBooked,
    int GrandTotalCents,
    DateTimeOffset At) : IIntegrationEvent;
