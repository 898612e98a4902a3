using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.ChangeGuardianDetails;

/// <summary>
/// Staff change a guardian's civility, names, e-mail, phone and postal address (the invoices' address; all three
/// parts or none).
/// </summary>
public sealed record ChangeGuardianDetailsCommand(
    Guid UserId,
    string Civility,
    string FirstName,
    string LastName,
    string Email,
    string Phone,
    string? Street,
    string? PostalCode,
    string? City) : ICommand<Result>;
