using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.CreateStructure;

/// <summary>
/// Creates a structure (town) with its portal at <c>/{Slug}</c> and its first administrator, who then
/// chooses a password from the e-mailed link. Refused if the slug is taken or reserved.
/// Must be sent in a scope whose tenant is <see cref="Slug"/>. <see cref="PeriodKind"/> and <see cref="OpeningDays"/>
/// start the booking calendar: they are passed on to Reservations, which owns it (ADR 0020).
/// </summary>
public sealed record CreateStructureCommand(
    string Slug,
    string Name,
    string Street,
    string PostalCode,
    string City,
    string Phone,
    string ContactEmail,
    string PeriodKind,
    IReadOnlyList<DayOfWeek> OpeningDays,
    string AdminFirstName,
    string AdminLastName,
    string AdminEmail,
    string? AdminLogin = null) : ICommand<Result<CreatedStructureDto>>;
