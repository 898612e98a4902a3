namespace Cantine.Reservations.Domain;

/// <summary>
/// What Reservations keeps of a child, from Accounts' integration events (it never reads Accounts' data),
/// plus the services the child is enrolled in, which Reservations owns.
/// </summary>
public sealed record ReservationChild(
    Guid Id, IReadOnlyList<Guid> FamilyIds, string FirstName, string LastName, string School, string Class, IReadOnlyList<Guid> ServiceIds, bool Erased = false)
{
    public bool BelongsTo(Guid familyId) => FamilyIds.Contains(familyId);

    public bool IsEnrolledIn(Guid serviceId) => ServiceIds.Contains(serviceId);

    public Guid? OtherFamilyOf(Guid familyId) => FamilyIds.Where(f => f != familyId).Select(f => (Guid?)f).FirstOrDefault();
}
