namespace Cantine.Reservations.Domain;

/// <summary>
/// A child as the booking decisions and pages see it: Reservations' copy of Accounts' facts (<see cref="ChildCopy"/>)
/// together with the services it is enrolled in (<see cref="ChildEnrolments"/>), which Reservations owns. Composed
/// when read, never stored: each half has its own writer.
/// </summary>
public sealed record ReservationChild(
    Guid Id, IReadOnlyList<Guid> FamilyIds, string FirstName, string LastName, string School, string Class, IReadOnlyList<Guid> ServiceIds, bool Erased = false)
{
    public static ReservationChild Of(ChildCopy copy, ChildEnrolments? enrolments) =>
        new(copy.Id, copy.FamilyIds, copy.FirstName, copy.LastName, copy.School, copy.Class, enrolments?.ServiceIds ?? [], copy.Erased);

    public bool BelongsTo(Guid familyId) => FamilyIds.Contains(familyId);

    public bool IsEnrolledIn(Guid serviceId) => ServiceIds.Contains(serviceId);

    public Guid? OtherFamilyOf(Guid familyId) => FamilyIds.Where(f => f != familyId).Select(f => (Guid?)f).FirstOrDefault();
}
