namespace Cantine.Reservations.Domain;

/// <summary>
/// What Reservations copies of a child from Accounts' integration events (it never reads Accounts' data): names,
/// school, class and families. Accounts owns these facts; the enrolments, which Reservations owns, are a stream of
/// their own (<see cref="ChildEnrolments"/>), so neither writer can overwrite the other's facts (issue #11).
/// </summary>
public sealed record ChildCopy(
    Guid Id, IReadOnlyList<Guid> FamilyIds, string FirstName, string LastName, string School, string Class, bool Erased = false)
{
    public bool BelongsTo(Guid familyId) => FamilyIds.Contains(familyId);

    public string FullName => $"{FirstName} {LastName}".Trim();
}
