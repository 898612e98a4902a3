namespace Cantine.Accounts.Domain;

/// <summary>How a structure cuts time into booking periods (manual §3.1: weeks or months).</summary>
public enum BookingPeriodKind
{
    Week,
    Month,
}
