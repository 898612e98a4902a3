namespace Cantine.Accounts.Domain;

// What the staff (or a CSV import) asks of a child, in the domain's words.

/// <summary>
/// Register a child in a family, with its care notes (allergies, PAI, staff notes) and its reference in the town's
/// previous system (a CSV import's) if any.
/// </summary>
public sealed record RegisterChild(
    Guid ChildId, string FirstName, string LastName, DateOnly BirthDate, string School, string Class,
    string? Allergies = null, bool HasPai = false, string? StaffNotes = null, string? ExternalReference = null);

/// <summary>The child of separated parents joins a second family (SPEC §2).</summary>
public sealed record AttachChild(Guid FamilyId);

public sealed record DetachChild(Guid FamilyId);

public sealed record ChangeChildDetails(string FirstName, string LastName, DateOnly BirthDate, string School, string Class);

public sealed record ChangeChildCareNotes(string? Allergies, bool HasPai, string? StaffNotes);

/// <summary>The family <paramref name="FamilyId"/> is being erased (ADR 0018): what becomes of this child.</summary>
public sealed record LeaveErasedFamily(Guid FamilyId);
