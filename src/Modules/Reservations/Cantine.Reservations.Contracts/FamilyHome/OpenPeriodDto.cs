namespace Cantine.Reservations.Contracts.FamilyHome;

/// <summary>
/// An open period and its deadline (inclusive). <see cref="UnbookedChildren"/>: the first names of the enrolled children who
/// have a bookable day in it and nothing booked by this family (empty: every child has something booked).
/// </summary>
public sealed record OpenPeriodDto(DateOnly Start, DateOnly End, DateTimeOffset Deadline, IReadOnlyList<string> UnbookedChildren);
