namespace Cantine.Reservations.Domain;

/// <summary>First event of a family's stream for one period (ADR 0012: one stream per family and period).</summary>
public sealed record FamilyPeriodOpened(Guid StreamId, Guid FamilyId, PeriodKind Kind, DateOnly PeriodStart, DateOnly PeriodEnd);

/// <summary>`Valider`: what the parent newly ticked and unticked, once per <see cref="SubmissionId"/>.</summary>
public sealed record BookingsSubmitted(
    Guid FamilyId, DateOnly PeriodStart, Guid SubmissionId, IReadOnlyList<BookedCell> Booked, IReadOnlyList<BookedCell> Cancelled, DateTimeOffset At);

/// <summary>A staff correction, possibly after the deadline; the audit trail keeps who made it.</summary>
public sealed record BookingsCorrected(
    Guid FamilyId, DateOnly PeriodStart, Guid StaffUserId, IReadOnlyList<BookedCell> Booked, IReadOnlyList<BookedCell> Cancelled, DateTimeOffset At);

/// <summary>The pattern of <see cref="SourcePeriodStart"/> copied onto this period by the family.</summary>
public sealed record BookingPatternCopied(
    Guid FamilyId, DateOnly PeriodStart, DateOnly SourcePeriodStart, IReadOnlyList<BookedCell> Booked, IReadOnlyList<BookedCell> Cancelled, DateTimeOffset At);
