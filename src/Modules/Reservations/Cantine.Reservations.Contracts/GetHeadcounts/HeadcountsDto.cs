namespace Cantine.Reservations.Contracts.GetHeadcounts;

public sealed record HeadcountsDto(
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly PreviousPeriodStart,
    DateOnly NextPeriodStart,
    bool IsFrozen,
    DateTimeOffset? FrozenAt,
    IReadOnlyList<DateOnly> Days,
    IReadOnlyList<HeadcountRowDto> Rows);
