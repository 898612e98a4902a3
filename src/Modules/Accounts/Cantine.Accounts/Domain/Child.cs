namespace Cantine.Accounts.Domain;

/// <summary>A child, who may belong to two families (one per home).</summary>
public sealed record Child(
    Guid Id, IReadOnlyList<Guid> FamilyIds, string FirstName, string LastName, DateOnly BirthDate, string School, string Class)
{
    public static Child Create(ChildRegistered e) =>
        new(e.ChildId, [e.FamilyId], e.FirstName, e.LastName, e.BirthDate, e.School, e.Class);

    public Child Apply(ChildAttachedToFamily e) => this with { FamilyIds = [.. FamilyIds, e.FamilyId] };

    public Child Apply(ChildDetachedFromFamily e) => this with { FamilyIds = [.. FamilyIds.Where(id => id != e.FamilyId)] };
}
