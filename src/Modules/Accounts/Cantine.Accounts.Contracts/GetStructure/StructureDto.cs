namespace Cantine.Accounts.Contracts.GetStructure;

/// <summary>A structure's settings. Its booking calendar is Reservations' (<c>GetBookingCalendarQuery</c>, ADR 0020).</summary>
public sealed record StructureDto(
    Guid Id,
    string Slug,
    string Name,
    string Street,
    string PostalCode,
    string City,
    string Phone,
    string ContactEmail,
    int PasswordMinLength,
    Guid? LogoId = null,
    bool OnlinePaymentEnabled = false,
    string? PayfipClientNumber = null,
    string PayfipEnvironment = "T");
