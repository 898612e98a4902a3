namespace Cantine.Attendance.Domain;

/// <summary>
/// The town's name, contact e-mail, phone (shown to families when it is too late to signal online) and booking period
/// kind, from Accounts' structure messages. <see cref="Version"/> is the structure stream's version it reflects.
/// </summary>
public sealed record TownCopy(Guid Id, string Name, string ContactEmail, string Phone, string PeriodKind, long Version)
{
    /// <summary>One per tenant (documents are tenant-scoped), so a fixed id.</summary>
    public static readonly Guid SingletonId = new("0c4f6a38-2d59-4b7e-9f0e-4a1d3c7b8e21");
}
