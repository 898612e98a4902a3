using Mediator;

namespace Cantine.Attendance.Contracts.GetAbsenceSignalling;

/// <summary>What the family may still signal: its children's booked days from today on (two weeks), each open or not.</summary>
public sealed record GetAbsenceSignallingQuery(Guid FamilyId) : IQuery<AbsenceSignallingDto>;
