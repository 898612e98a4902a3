using Cantine.Attendance.Contracts;

namespace Cantine.Attendance.Domain;

/// <summary>The stream's first event: the sheet of a day, service and school exists (from its first booking or mark).</summary>
public sealed record SheetCreated(Guid SheetId, DateOnly Date, Guid ServiceId, string School);

/// <summary>Reservations booked the child on this day and service (a staff correction has its staff author).</summary>
public sealed record SheetChildBooked(Guid SheetId, Guid ChildId, IReadOnlyList<Guid> FamilyIds, int UnitPriceCents, Author Author, DateTimeOffset At);

/// <summary>Reservations cancelled the child's booking of this day and service.</summary>
public sealed record SheetBookingCancelled(Guid SheetId, Guid ChildId, Author Author, DateTimeOffset At);

/// <summary>The morning job (or the first agent to open it) froze the booked list: the sheet is ready to mark.</summary>
public sealed record SheetOpened(Guid SheetId, IReadOnlyList<Guid> BookedChildIds, Author Author, DateTimeOffset At);

public sealed record ChildMarkedPresent(Guid SheetId, Guid MarkId, Guid ChildId, Author Author, DateTimeOffset At);

public sealed record ChildMarkedAbsent(Guid SheetId, Guid MarkId, Guid ChildId, Author Author, DateTimeOffset At);

/// <summary>An absence justified by an agent (the child is absent with this reason).</summary>
public sealed record AbsenceJustified(Guid SheetId, Guid MarkId, Guid ChildId, AbsenceReason Reason, string? Note, Author Author, DateTimeOffset At);

/// <summary>A child who was not booked came: present, unbooked (Invoicing may surcharge it).</summary>
public sealed record UnbookedChildAdded(Guid SheetId, Guid MarkId, Guid ChildId, IReadOnlyList<Guid> FamilyIds, Author Author, DateTimeOffset At);

public sealed record SheetValidated(Guid SheetId, Author Author, DateTimeOffset At);

/// <summary>A mark changed after validation: the child's new state, with who changed it and when.</summary>
public sealed record MarkCorrected(
    Guid SheetId, Guid MarkId, Guid ChildId, MarkKind Kind, AbsenceReason? Reason, string? Note, IReadOnlyList<Guid> FamilyIds, Author Author, DateTimeOffset At);

/// <summary>A parent declared the child absent for this day (before the town's time).</summary>
public sealed record AbsenceSignalledByFamily(Guid SheetId, Guid ChildId, Guid FamilyId, AbsenceReason Reason, string? Note, Author Author, DateTimeOffset At);
