namespace Cantine.Reservations.Contracts.SubmitBookings;

/// <summary>One ticked box of the form.</summary>
public sealed record BookingCellInput(Guid ChildId, Guid ServiceId, DateOnly Date);
