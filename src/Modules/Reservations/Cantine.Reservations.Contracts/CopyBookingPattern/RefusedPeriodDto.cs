namespace Cantine.Reservations.Contracts.CopyBookingPattern;

/// <param name="Reason">A French message for the parent.</param>
public sealed record RefusedPeriodDto(DateOnly PeriodStart, string Reason);
