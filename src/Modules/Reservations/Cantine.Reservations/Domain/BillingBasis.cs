namespace Cantine.Reservations.Domain;

/// <summary>What invoicing will count for a service: the days booked, or the days the child was there.</summary>
public enum BillingBasis
{
    Bookings,
    Attendance,
}
