using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>
/// Who an invoice is addressed to, whole, each time any of it changes (family registered or renamed, a guardian registered
/// or changed, a CSV import): the family's name, the billing guardian (the first guardian, in registration order, who has
/// a postal address; else the first guardian), that guardian's postal address (empty strings when none) and e-mail (for
/// reminders). <paramref name="Version"/> grows with every message about the family, so a reader keeping a copy ignores an
/// older message handled after a newer one. An erased family is told by <see cref="FamilyErasedIntegrationEvent"/>.
/// </summary>
public sealed record FamilyBillingDetailsChangedIntegrationEvent(
    string TenantId,
    Guid FamilyId,
    string FamilyName,
    Guid? GuardianId,
    string GuardianName,
    string Street,
    string PostalCode,
    string City,
    string Email,
    long Version) : IIntegrationEvent;
