namespace Cantine.Reservations.Domain;

/// <summary>The child may now be booked for the service. Its author is the event's user name (ADR 0017).</summary>
public sealed record ChildEnrolled(Guid ChildId, Guid ServiceId);

/// <summary>The child's enrolment in the service ended; the bookings already made stay.</summary>
public sealed record ChildUnenrolled(Guid ChildId, Guid ServiceId);
