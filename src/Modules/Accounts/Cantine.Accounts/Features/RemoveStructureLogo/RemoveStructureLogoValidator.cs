using Cantine.Accounts.Contracts.RemoveStructureLogo;
using Cantine.BuildingBlocks.Validation;

namespace Cantine.Accounts.Features.RemoveStructureLogo;

/// <summary>Nothing to check: the command has no field (every command has a validator, by rule).</summary>
public sealed class RemoveStructureLogoValidator : CommandValidator<RemoveStructureLogoCommand>;
