using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Invoicing.Contracts.IntegrationEvents;

/// <summary>
/// An invoice is past due with something left to pay: reminder <paramref name="Level"/> (1: the day after the due date,
/// 2: two weeks later) for the family's billing guardian. Published once per invoice and level; Messaging e-mails it.
/// <paramref name="FamilyId"/> lets Messaging find the guardian at <paramref name="Email"/> by the family's id (null in
/// messages written before it was added: Messaging then looks the address up among the town's families).
/// </summary>
public sealed record InvoiceOverdueIntegrationEvent(
    string TenantId, Guid InvoiceId, string Number, int Level, string FamilyName, string Email, string TownName, int RemainingCents, DateOnly DueOn,
    Guid? FamilyId = null)
    : IIntegrationEvent;
