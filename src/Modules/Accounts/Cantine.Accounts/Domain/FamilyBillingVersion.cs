namespace Cantine.Accounts.Domain;

/// <summary>
/// How many billing-details messages were published for a family: the next one carries <see cref="Version"/> + 1. Stored with
/// optimistic concurrency, so two changes of the same family at the same instant cannot publish the same version.
/// </summary>
public sealed record FamilyBillingVersion(Guid Id, long Version);
