using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>
/// The family's guardians who can be written to (not erased, with an e-mail address), whole, each time a guardian or the
/// family changes — published with <see cref="FamilyBillingDetailsChangedIntegrationEvent"/> and the same
/// <paramref name="Version"/>, so a reader keeping a copy ignores an older message handled after a newer one. Messaging
/// writes reminders and confirmations to them (ADR 0033).
/// </summary>
public sealed record FamilyContactsChangedIntegrationEvent(string TenantId, Guid FamilyId, IReadOnlyList<GuardianContact> Guardians, long Version)
    : IIntegrationEvent;
