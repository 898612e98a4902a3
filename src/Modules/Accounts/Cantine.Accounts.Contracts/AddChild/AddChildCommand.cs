using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.AddChild;

/// <summary>
/// Staff add a child to a family with everything the back office knows at once: identity, school, class, and the
/// care notes (allergies, PAI, notes) that only staff ever see. Returns the child's id.
/// </summary>
public sealed record AddChildCommand(
    Guid FamilyId,
    string FirstName,
    string LastName,
    DateOnly BirthDate,
    string School,
    string Class,
    string? Allergies = null,
    bool HasPai = false,
    string? StaffNotes = null) : ICommand<Result<Guid>>;
