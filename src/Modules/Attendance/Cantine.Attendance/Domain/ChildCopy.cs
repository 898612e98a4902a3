namespace Cantine.Attendance.Domain;

/// <summary>
/// What Attendance copies of a child from Accounts' integration events (it never reads Accounts' data): names, school,
/// class, families, and the staff-only care notes (allergies, PAI) the agents' sheets show.
/// <see cref="SearchKey"/> (names without accents, lower case) lets agents find a child by name in one query.
/// </summary>
public sealed record ChildCopy(
    Guid Id, IReadOnlyList<Guid> FamilyIds, string FirstName, string LastName, string School, string Class,
    string Allergies = "", bool HasPai = false, bool Erased = false)
{
    public string SearchKey => Erased ? string.Empty : SearchText.Normalize($"{FirstName} {LastName} {LastName} {FirstName}");

    public bool BelongsTo(Guid familyId) => FamilyIds.Contains(familyId);
}
