namespace Cantine.Invoicing.Domain.Parties;

/// <summary>
/// A family as invoices address it, from Accounts' <c>FamilyBillingDetailsChanged</c> messages: its name, the billing
/// guardian, that guardian's postal address and e-mail (reminders). <see cref="Version"/> is the message's: an older message
/// never replaces a newer copy (<see cref="Takes"/>). An erased family keeps its id and loses the rest, for good.
/// </summary>
public sealed record FamilyCopy(
    Guid Id, string Name, Guid? GuardianId, string GuardianName, string Street, string PostalCode, string City, string Email, long Version, bool Erased = false)
{
    public bool Takes(long version) => !Erased && version > Version;

    public IReadOnlyList<string> AddressLines => PartyAddress.Lines(Street, PostalCode, City);

    public bool HasAddress => !string.IsNullOrWhiteSpace(Street) && !string.IsNullOrWhiteSpace(City);

    public FamilyCopy Erase() => new(Id, string.Empty, null, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, long.MaxValue, true);
}
