namespace Cantine.BuildingBlocks.Contracts.BackOffice;

/// <summary>
/// A group of the back office's band, shown in <see cref="Order"/> once one of its entries is open to the
/// staff member. A module may declare a new group with its entries; nothing else changes.
/// </summary>
public sealed record BackOfficeGroup(string Name, int Order)
{
    public static readonly BackOfficeGroup Families = new("Familles", 10);
    public static readonly BackOfficeGroup Reservations = new("Réservations", 20);
    public static readonly BackOfficeGroup Attendance = new("Présences", 30);
    public static readonly BackOfficeGroup Invoicing = new("Facturation", 40);
    public static readonly BackOfficeGroup Communication = new("Communication", 50);
    public static readonly BackOfficeGroup Settings = new("Paramètres", 60);
}
