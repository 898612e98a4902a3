namespace Cantine.Reservations.Contracts.SubmitBookings;

public sealed record BookingsSavedDto(int Booked, int Cancelled, int GrandTotalCents);
