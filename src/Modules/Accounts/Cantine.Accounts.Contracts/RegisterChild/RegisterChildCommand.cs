using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.RegisterChild;

/// <summary>Registers a child in a family. Returns the child's id.</summary>
public sealed record RegisterChildCommand(
    Guid FamilyId, string FirstName, string LastName, DateOnly BirthDate, string School, string Class) : ICommand<Result<Guid>>;
