using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.CreateFamily;

/// <summary>
/// Creates a family with its first guardian, as staff do from the back office. Without <see cref="Login"/>,
/// one is generated (<c>prenom.nom</c>). Returns the family's id and the guardian's id and login.
/// </summary>
public sealed record CreateFamilyCommand(
    string Name,
    string Civility,
    string FirstName,
    string LastName,
    string Email,
    string Phone,
    string? Login = null) : ICommand<Result<CreatedFamilyDto>>;
