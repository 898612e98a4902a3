using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Attendance.Contracts.SignalAbsence;

/// <summary>
/// A parent declares their child absent on a booked day (today or later) for every service booked that day, before the
/// town's time on that day (e.g. 9:00). Refused after it (the message gives the town's phone number), for a day not
/// booked, or for a child of another family. Signalling again changes nothing.
/// </summary>
public sealed record SignalAbsenceCommand(
    Guid FamilyId, Guid GuardianUserId, string GuardianName, Guid ChildId, DateOnly Date, AbsenceReason Reason, string? Note)
    : ICommand<Result>;
