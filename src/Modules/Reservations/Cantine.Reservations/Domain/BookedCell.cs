namespace Cantine.Reservations.Domain;

/// <summary>One ticked box: a child, a service, a day.</summary>
public sealed record BookedCell(Guid ChildId, Guid ServiceId, DateOnly Date);
