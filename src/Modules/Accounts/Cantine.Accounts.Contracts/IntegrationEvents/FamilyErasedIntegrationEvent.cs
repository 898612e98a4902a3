using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>
/// A family's personal data was erased (RGPD). Modules remove or mask what they hold about it and its children; amounts the town must keep stay.
/// <see cref="ChildIds"/> are the children erased with it (a child shared with another family is detached, not erased);
/// <see cref="GuardianIds"/> and <see cref="GuardianEmails"/> let a module find what it keyed on them (e.g. the trace of sent e-mails).
/// </summary>
public sealed record FamilyErasedIntegrationEvent(
    string TenantId, Guid FamilyId, IReadOnlyList<Guid> ChildIds, IReadOnlyList<Guid>? GuardianIds = null, IReadOnlyList<string>? GuardianEmails = null)
    : IIntegrationEvent;
