namespace Cantine.Reservations.Domain;

/// <summary>Enrol the child in the service, or end that enrolment (<see cref="Enrol"/> false).</summary>
public sealed record EnrolmentChange(Guid ChildId, Guid ServiceId, bool Enrol);
