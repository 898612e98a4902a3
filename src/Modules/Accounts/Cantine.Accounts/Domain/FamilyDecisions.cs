using Cantine.BuildingBlocks.Domain;

namespace Cantine.Accounts.Domain;

/// <summary>A family's rules: pure functions of the command, the family's state and the time.</summary>
public static class FamilyDecisions
{
    public static Decision Decide(RegisterFamily command, DateTimeOffset now) =>
        Decision.Append(new FamilyRegistered(command.FamilyId, command.Name.Trim(), command.ExternalReference?.Trim()));

    /// <summary>The same name again changes nothing; an erased family gets no name back (ADR 0018).</summary>
    public static Decision Decide(RenameFamily command, Family? family, DateTimeOffset now) =>
        family is null ? Decision.Refuse("FamilyNotFound", "FamilyId")
        : family.IsErased ? Decision.Refuse("Erase.AlreadyErased")
        : command.Name.Trim() == family.Name ? Decision.Nothing
        : Decision.Append(new FamilyRenamed(family.Id, command.Name.Trim()));

    /// <summary>A double submission is harmless: the second one finds the family archived and changes nothing.</summary>
    public static Decision Decide(ArchiveFamily command, Family? family, DateTimeOffset now) =>
        family is null ? Decision.Refuse("FamilyNotFound", "FamilyId")
        : family.IsArchived ? Decision.Nothing
        : Decision.Append(new FamilyArchived(family.Id));

    /// <summary>
    /// The family's own erasure event; its guardians and children are decided by <see cref="GuardianDecisions"/> and
    /// <see cref="ChildDecisions"/>. Erasing twice is refused, so that the staff know it was already done.
    /// </summary>
    public static Decision Decide(EraseFamily command, Family? family, DateTimeOffset now) =>
        family is null ? Decision.Refuse("Erase.FamilyNotFound")
        : family.IsErased ? Decision.Refuse("Erase.AlreadyErased")
        : Decision.Append(new FamilyErased(family.Id, now, command.Reason.Trim()));
}
