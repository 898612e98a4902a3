namespace Cantine.Accounts.Domain;

/// <summary>A child, who may belong to two families (one per home).</summary>
public sealed record Child(
    Guid Id,
    IReadOnlyList<Guid> FamilyIds,
    string FirstName,
    string LastName,
    DateOnly BirthDate,
    string School,
    string Class,
    string? ExternalReference = null,
    string Allergies = "",
    bool HasPai = false,
    string StaffNotes = "")
{
    public static Child Create(ChildRegistered e) =>
        new(e.ChildId, [e.FamilyId], e.FirstName, e.LastName, e.BirthDate, e.School, e.Class);

    public Child Apply(ChildAttachedToFamily e) => this with { FamilyIds = [.. FamilyIds, e.FamilyId] };

    public Child Apply(ChildDetailsChanged e) =>
        this with { FirstName = e.FirstName, LastName = e.LastName, BirthDate = e.BirthDate, School = e.School, Class = e.Class };

    public Child Apply(ChildCareNotesChanged e) => this with { Allergies = e.Allergies, HasPai = e.HasPai, StaffNotes = e.StaffNotes };

    public Child Apply(ChildExternalReferenceSet e) => this with { ExternalReference = e.ExternalReference };

    public Child Apply(ChildDetachedFromFamily e) => this with { FamilyIds = [.. FamilyIds.Where(id => id != e.FamilyId)] };

    public Child Apply(ChildErased e) => this with
    {
        FamilyIds = [], FirstName = Erasure.Masked, LastName = Erasure.Masked, BirthDate = new DateOnly(BirthDate.Year, 1, 1),
        School = Erasure.Masked, Class = Erasure.Masked, ExternalReference = null, Allergies = string.Empty, HasPai = false, StaffNotes = string.Empty,
    };
}
