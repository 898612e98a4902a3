namespace Cantine.Invoicing.Domain.Parties;

/// <summary>A French postal address as printed: <c>12 rue des Écoles</c> / <c>49000 Saint-Aubin</c>.</summary>
public static class PartyAddress
{
    public static IReadOnlyList<string> Lines(string street, string postalCode, string city)
    {
        var town = $"{postalCode} {city}".Trim();
        return [.. new[] { street.Trim(), town }.Where(l => l.Length > 0)];
    }
}
