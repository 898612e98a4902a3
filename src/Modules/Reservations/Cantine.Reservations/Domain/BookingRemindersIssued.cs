using Cantine.BuildingBlocks.Domain;

namespace Cantine.Reservations.Domain;

/// <summary>
/// The reminders of a period were handed to Messaging (ADR 0033): the next runs of the job skip the period. Written in the
/// same transaction as the messages; two instances racing both publish, and Messaging's once-per-cause sending keeps one e-mail.
/// </summary>
public sealed record BookingRemindersIssued(Guid Id, PeriodKind Kind, DateOnly PeriodStart, DateTimeOffset IssuedAt, int Families)
{
    public static Guid IdFor(string tenantId, BookingPeriod period) => StableId.For("booking-reminders", tenantId, period.Kind, period.Start);
}
