using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.RenameFamily;

/// <summary>Changes a family's name (the name on its invoices and in the staff's list).</summary>
public sealed record RenameFamilyCommand(Guid FamilyId, string Name) : ICommand<Result>;
