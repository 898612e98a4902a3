namespace Cantine.Accounts.Domain;

public sealed record StructureCreated(
    Guid StructureId,
    string Slug,
    string Name,
    PostalAddress Address,
    string Phone,
    string ContactEmail,
    BookingPeriodKind PeriodKind,
    IReadOnlyList<DayOfWeek> OpeningDays,
    int PasswordMinLength);

public sealed record StructureContactDetailsChanged(
    Guid StructureId, string Name, PostalAddress Address, string Phone, string ContactEmail);

public sealed record PasswordPolicyChanged(Guid StructureId, int PasswordMinLength);
