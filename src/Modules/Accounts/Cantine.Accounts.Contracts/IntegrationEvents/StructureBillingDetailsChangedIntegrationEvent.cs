using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>
/// What an invoice prints about the town, whole, each time any of it changes (creation, name or contact details, logo,
/// online payment): its name, postal address, phone, e-mail, logo (a file of the file store, or null), whether families
/// may pay online and, for that, its PayFiP client number and environment (<c>saisie</c>: T, X or W; added with online payment). <paramref name="Version"/> is the structure stream's version after the change, so a reader keeping a
/// copy ignores an older message handled after a newer one.
/// </summary>
public sealed record StructureBillingDetailsChangedIntegrationEvent(
    string TenantId,
    string Name,
    string Street,
    string PostalCode,
    string City,
    string Phone,
    string ContactEmail,
    Guid? LogoFileId,
    bool OnlinePaymentEnabled,
    long Version,
    string? PayfipClientNumber = null,
    string PayfipEnvironment = "T") : IIntegrationEvent;
