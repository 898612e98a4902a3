namespace Cantine.Invoicing.Domain.Parties;

/// <summary>
/// The town as invoices print it, from Accounts' <c>StructureBillingDetailsChanged</c> messages: name, postal address, phone,
/// e-mail, logo (a file of the file store) and online payment (PayFiP's client number and environment). <see cref="Version"/> is the structure stream's version it
/// reflects: an older message never replaces a newer copy (<see cref="Takes"/>).
/// </summary>
public sealed record TownCopy(
    Guid Id, string Name, string Street, string PostalCode, string City, string Phone, string Email, Guid? LogoFileId, bool OnlinePayment, long Version,
    string? PayfipClientNumber = null, string PayfipEnvironment = "T")
{
    /// <summary>One per tenant (documents are tenant-scoped), so a fixed id.</summary>
    public static readonly Guid SingletonId = new("5b0f3c1e-7a42-4f6d-8e19-2c4b6d8a0f31");

    public bool Takes(long version) => version > Version;

    /// <summary>The address as printed: the street, then postal code and city (empty lines left out).</summary>
    public IReadOnlyList<string> AddressLines => PartyAddress.Lines(Street, PostalCode, City);
}
