namespace Cantine.Accounts.Domain;

public sealed record ChildRegistered(
    Guid ChildId, Guid FamilyId, string FirstName, string LastName, DateOnly BirthDate, string School, string Class);

/// <summary>A child of separated parents joins a second family (SPEC §2).</summary>
public sealed record ChildAttachedToFamily(Guid ChildId, Guid FamilyId);

public sealed record ChildDetachedFromFamily(Guid ChildId, Guid FamilyId);
