namespace Cantine.Accounts.Domain;

// What a town's administrator (or the platform, at creation) asks of the structure, in the domain's words.

/// <summary>Create the structure of the town <paramref name="Slug"/>, asked from within <paramref name="Tenant"/>.</summary>
public sealed record CreateStructure(
    string Tenant, string Slug, string Name, string Street, string PostalCode, string City, string Phone, string ContactEmail,
    BookingPeriodKind PeriodKind, IReadOnlyList<DayOfWeek> OpeningDays);

public sealed record ChangeStructureDetails(string Name, string Street, string PostalCode, string City, string Phone, string ContactEmail);

/// <summary>A new logo, already checked and stored as <paramref name="FileId"/>.</summary>
public sealed record ChangeStructureLogo(Guid FileId, string ContentType);

public sealed record RemoveStructureLogo;

/// <summary>PayFiP on or off; a blank client number is none.</summary>
public sealed record ChangeOnlinePayment(bool Enabled, string? PayfipClientNumber, string PayfipEnvironment = "T");

public sealed record ChangePasswordPolicy(int MinLength);
