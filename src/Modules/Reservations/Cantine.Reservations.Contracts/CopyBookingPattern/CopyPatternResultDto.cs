namespace Cantine.Reservations.Contracts.CopyBookingPattern;

public sealed record CopyPatternResultDto(IReadOnlyList<DateOnly> FilledPeriods, IReadOnlyList<RefusedPeriodDto> RefusedPeriods);
