using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.RegisterGuardian;

/// <summary>
/// Adds a guardian with their own login to a family. Without <see cref="Login"/>, one is generated
/// (<c>prenom.nom</c>). Returns the account's id and login.
/// </summary>
public sealed record RegisterGuardianCommand(
    Guid FamilyId,
    string Civility,
    string FirstName,
    string LastName,
    string Email,
    string Phone,
    string? Login = null) : ICommand<Result<RegisteredAccountDto>>;
