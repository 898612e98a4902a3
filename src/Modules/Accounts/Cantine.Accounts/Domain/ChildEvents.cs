namespace Cantine.Accounts.Domain;

public sealed record ChildRegistered(
    Guid ChildId, Guid FamilyId, string FirstName, string LastName, DateOnly BirthDate, string School, string Class);

/// <summary>A child of separated parents joins a second family (SPEC §2).</summary>
public sealed record ChildAttachedToFamily(Guid ChildId, Guid FamilyId);

public sealed record ChildDetachedFromFamily(Guid ChildId, Guid FamilyId);

public sealed record ChildDetailsChanged(Guid ChildId, string FirstName, string LastName, DateOnly BirthDate, string School, string Class);

/// <summary>Allergies, PAI (individual care plan) and notes: health data, visible to staff only, erased with the family (RGPD).</summary>
public sealed record ChildCareNotesChanged(Guid ChildId, string Allergies, bool HasPai, string StaffNotes);

/// <summary>The child's reference in the town's previous system or spreadsheet, to match CSV re-imports.</summary>
public sealed record ChildExternalReferenceSet(Guid ChildId, string ExternalReference);

/// <summary>RGPD erasure of a child whose only family was erased (a child shared with another family is detached instead).</summary>
public sealed record ChildErased(Guid ChildId, Guid FamilyId, DateTimeOffset At);
