namespace Cantine.Reservations.Contracts.IntegrationEvents;

/// <summary>A child's day for a service, by name (for a message a person reads).</summary>
public sealed record BookedDayLine(string ChildFirstName, string ServiceName, DateOnly Date);
