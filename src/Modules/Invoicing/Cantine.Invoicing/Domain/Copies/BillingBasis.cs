namespace Cantine.Invoicing.Domain.Copies;

/// <summary>What a service bills: the days booked, or the days the child was there (Reservations sets it per service).</summary>
public enum BillingBasis
{
    Bookings,
    Attendance,
}
