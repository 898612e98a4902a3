namespace Cantine.Accounts.Domain;

public static class ChildDecisions
{
    /// <summary>A child lives in at most two homes (SPEC §2). Returns a refusal key, or null when allowed.</summary>
    public static string? Attach(Child child, Guid familyId) =>
        child.FamilyIds.Contains(familyId) ? "ChildAlreadyInFamily"
        : child.FamilyIds.Count >= 2 ? "ChildTooManyFamilies"
        : null;

    /// <summary>A child always has a home: detaching is refused from its only family, or from a family it is not in.</summary>
    public static string? Detach(Child child, Guid familyId) =>
        !child.FamilyIds.Contains(familyId) ? "ChildNotInFamily"
        : child.FamilyIds.Count < 2 ? "ChildOnlyFamily"
        : null;
}
