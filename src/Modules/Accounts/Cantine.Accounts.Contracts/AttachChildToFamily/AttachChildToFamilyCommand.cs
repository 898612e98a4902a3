using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.AttachChildToFamily;

/// <summary>Makes a child also belong to a second family (separated parents, one family per home).</summary>
public sealed record AttachChildToFamilyCommand(Guid ChildId, Guid FamilyId) : ICommand<Result>;
