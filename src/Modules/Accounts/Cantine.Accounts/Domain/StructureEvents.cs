namespace Cantine.Accounts.Domain;

/// <summary>
/// A structure created. <see cref="PeriodKind"/> and <see cref="OpeningDays"/> are the booking calendar it started
/// with, passed on to Reservations, which owns the calendar from then on (ADR 0020); the structure does not keep them.
/// </summary>
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

/// <summary>A new logo, stored in the file store (ADR 0011) under <paramref name="FileId"/>.</summary>
public sealed record StructureLogoChanged(Guid StructureId, Guid FileId, string ContentType);

public sealed record StructureLogoRemoved(Guid StructureId);

/// <summary>Online payment of invoices through PayFiP turned on (with the structure's client number) or off.</summary>
public sealed record OnlinePaymentChanged(Guid StructureId, bool Enabled, string? PayfipClientNumber);

/// <summary>
/// PayFiP's settings changed: on or off, the client number (<c>numcli</c>) and the environment (<c>saisie</c>: T test, X activation,
/// W production). Replaces <see cref="OnlinePaymentChanged"/> for new changes (that one stays for the streams that hold it).
/// </summary>
public sealed record PayfipSettingsChanged(Guid StructureId, bool Enabled, string? PayfipClientNumber, string PayfipEnvironment);
