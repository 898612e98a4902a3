using Cantine.Attendance.Contracts;

namespace Cantine.Attendance.Domain;

/// <summary>The day, service and school a sheet is for.</summary>
public sealed record SheetKey(DateOnly Date, Guid ServiceId, string School);

/// <summary>What Attendance knows of a child of the town (its own copy, from Accounts).</summary>
public sealed record ChildFacts(Guid ChildId, IReadOnlyList<Guid> FamilyIds);

/// <summary>A booked (or cancelled) day copied from Reservations' <c>BookingsConfirmed</c>.</summary>
public sealed record CopyBooking(SheetKey Key, Guid ChildId, IReadOnlyList<Guid> FamilyIds, bool Booked, int UnitPriceCents, Author Author);

/// <summary>Freeze the booked list of a sheet (the morning job, or the first agent to open it).</summary>
public sealed record OpenSheet(SheetKey Key, Author Author);

/// <summary>
/// An agent's mark. <see cref="Child"/> is null when the child is not one of the town's; <see cref="ServiceRuns"/> says
/// whether the service runs that day.
/// </summary>
public sealed record RecordMark(
    SheetKey Key, Guid MarkId, Guid ChildId, MarkKind Kind, AbsenceReason? Reason, string? Note, ChildFacts? Child, bool ServiceRuns, Author Author);

public sealed record ValidateSheet(SheetKey Key, Author Author);

/// <summary>A family's absence for a booked day, before <see cref="Deadline"/> (Paris time) on that day.</summary>
public sealed record SignalAbsence(SheetKey Key, Guid ChildId, Guid FamilyId, AbsenceReason Reason, string? Note, TimeOnly Deadline, Author Author);
