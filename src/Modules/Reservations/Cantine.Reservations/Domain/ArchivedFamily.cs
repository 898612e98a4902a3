namespace Cantine.Reservations.Domain;

/// <summary>A family that left the service (FamilyArchivedIntegrationEvent): it books nothing new; its history stays.</summary>
public sealed record ArchivedFamily(Guid Id);
