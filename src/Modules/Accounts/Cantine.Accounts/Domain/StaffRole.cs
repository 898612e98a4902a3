namespace Cantine.Accounts.Domain;

/// <summary>SPEC §2: an administrator runs the whole back office; an agent records attendance only.</summary>
public enum StaffRole
{
    Administrateur,
    Agent,
}
