using Cantine.BuildingBlocks.Domain;

namespace Cantine.Accounts.Domain;

/// <summary>A child's rules: pure functions of the command, the child's (and its family's) state and the time.</summary>
public static class ChildDecisions
{
    /// <summary>An archived family gets no new child; care notes and an external reference, when given, follow the registration.</summary>
    public static Decision Decide(RegisterChild command, Family? family, DateTimeOffset now)
    {
        if (family is null)
        {
            return Decision.Refuse("FamilyNotFound", "FamilyId");
        }

        if (family.IsArchived)
        {
            return Decision.Refuse("FamilyArchived", "FamilyId");
        }

        var registered = new ChildRegistered(
            command.ChildId, family.Id, command.FirstName.Trim(), command.LastName.Trim(), command.BirthDate, command.School.Trim(), command.Class.Trim());
        var notes = CareNotes(command.ChildId, command.Allergies, command.HasPai, command.StaffNotes);
        var reference = command.ExternalReference?.Trim() is { Length: > 0 } r ? new ChildExternalReferenceSet(command.ChildId, r) : null;
        object?[] events = [registered, notes is { Allergies: "", HasPai: false, StaffNotes: "" } ? null : notes, reference];
        return Decision.Append([.. events.OfType<object>()]);
    }

    public static Decision Decide(AttachChild command, Child? child, Family? family, DateTimeOffset now) =>
        child is null ? Decision.Refuse("ChildNotFound", "ChildId")
        : family is null ? Decision.Refuse("FamilyNotFound", "FamilyId")
        : Attach(child, family.Id) is { } refusal ? Decision.Refuse(refusal, "FamilyId")
        : Decision.Append(new ChildAttachedToFamily(child.Id, family.Id));

    public static Decision Decide(DetachChild command, Child? child, DateTimeOffset now) =>
        child is null ? Decision.Refuse("ChildNotFound", "ChildId")
        : Detach(child, command.FamilyId) is { } refusal ? Decision.Refuse(refusal, "FamilyId")
        : Decision.Append(new ChildDetachedFromFamily(child.Id, command.FamilyId));

    /// <summary>The same details again change nothing.</summary>
    public static Decision Decide(ChangeChildDetails command, Child? child, DateTimeOffset now)
    {
        if (child is null)
        {
            return Decision.Refuse("ChildNotFound", "ChildId");
        }

        var changed = new ChildDetailsChanged(
            child.Id, command.FirstName.Trim(), command.LastName.Trim(), command.BirthDate, command.School.Trim(), command.Class.Trim());
        return child.Apply(changed) == child ? Decision.Nothing : Decision.Append(changed);
    }

    /// <summary>The same notes again change nothing; a missing note is an empty one.</summary>
    public static Decision Decide(ChangeChildCareNotes command, Child? child, DateTimeOffset now)
    {
        if (child is null)
        {
            return Decision.Refuse("ChildNotFound", "ChildId");
        }

        var changed = CareNotes(child.Id, command.Allergies, command.HasPai, command.StaffNotes);
        return child.Apply(changed) == child ? Decision.Nothing : Decision.Append(changed);
    }

    /// <summary>
    /// ADR 0018: a child whose only family is erased is erased too; a child shared with another family is only detached
    /// from the erased one; a child of another family is left alone.
    /// </summary>
    public static Decision Decide(LeaveErasedFamily command, Child child, DateTimeOffset now) =>
        !child.FamilyIds.Contains(command.FamilyId) ? Decision.Nothing
        : child.FamilyIds.Count == 1 ? Decision.Append(new ChildErased(child.Id, command.FamilyId, now))
        : Decision.Append(new ChildDetachedFromFamily(child.Id, command.FamilyId));

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

    private static ChildCareNotesChanged CareNotes(Guid childId, string? allergies, bool hasPai, string? staffNotes) =>
        new(childId, allergies?.Trim() ?? string.Empty, hasPai, staffNotes?.Trim() ?? string.Empty);
}
