namespace Cantine.Reservations.Domain;

/// <summary>The week days a service ran when a period was closed.</summary>
public sealed record ServiceDays(Guid ServiceId, IReadOnlyList<DayOfWeek> Days);
