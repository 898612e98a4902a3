namespace Cantine.Accounts.Contracts.GetStructure;

public sealed record StructureDto(
    Guid Id,
    string Slug,
    string Name,
    string Street,
    string PostalCode,
    string City,
    string Phone,
    string ContactEmail,
    string PeriodKind,
    IReadOnlyList<DayOfWeek> OpeningDays,
    int PasswordMinLength,
    Guid? LogoId = null,
    bool OnlinePaymentEnabled = false,
    string? PayfipClientNumber = null);
