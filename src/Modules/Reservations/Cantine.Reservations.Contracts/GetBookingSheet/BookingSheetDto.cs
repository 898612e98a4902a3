namespace Cantine.Reservations.Contracts.GetBookingSheet;

/// <param name="Deadline">The period's deadline (date butoir), Europe/Paris offset.</param>
/// <param name="IsOpen">False once the deadline has passed (or the period was closed): read-only for parents.</param>
/// <param name="Version">Opaque token of the state shown; sent back with the form for optimistic concurrency.</param>
/// <param name="Days">The period's opening days, in order (closed days included, shown but not bookable).</param>
public sealed record BookingSheetDto(
    Guid FamilyId,
    string PeriodKind,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly PreviousPeriodStart,
    DateOnly NextPeriodStart,
    DateTimeOffset Deadline,
    bool IsOpen,
    string Version,
    IReadOnlyList<DateOnly> Days,
    IReadOnlyList<ChildSheetDto> Children,
    int GrandTotalCents);
