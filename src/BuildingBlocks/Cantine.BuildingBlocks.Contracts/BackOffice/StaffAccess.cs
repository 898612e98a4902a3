namespace Cantine.BuildingBlocks.Contracts.BackOffice;

/// <summary>Who may open a back-office entry (ADR 0024).</summary>
public enum StaffAccess
{
    /// <summary>Every staff member: agents (the kitchen, the attendance sheets) and administrators.</summary>
    Agent,

    /// <summary>Administrators only: settings, staff, services and prices, families, messages, RGPD…</summary>
    Administrator,
}
