namespace Cantine.Accounts.Domain;

public sealed record PostalAddress(string Street, string PostalCode, string City)
{
    public override string ToString() => $"{Street}, {PostalCode} {City}";
}
