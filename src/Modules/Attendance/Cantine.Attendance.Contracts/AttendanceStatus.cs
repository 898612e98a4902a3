namespace Cantine.Attendance.Contracts;

/// <summary>What a sheet says of a child for one day and service.</summary>
public enum AttendanceStatus
{
    /// <summary>Booked, not marked yet (never counted as present).</summary>
    NotMarked,
    Present,
    Absent,
    AbsentJustified,

    /// <summary>Came without a booking (Invoicing may surcharge it).</summary>
    PresentUnbooked,

    /// <summary>Not booked that day (parents' table only).</summary>
    NotBooked,
}
