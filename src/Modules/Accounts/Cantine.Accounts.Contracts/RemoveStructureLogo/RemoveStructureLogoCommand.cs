using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.RemoveStructureLogo;

/// <summary>The header shows the structure's name only again.</summary>
public sealed record RemoveStructureLogoCommand : ICommand<Result>;
