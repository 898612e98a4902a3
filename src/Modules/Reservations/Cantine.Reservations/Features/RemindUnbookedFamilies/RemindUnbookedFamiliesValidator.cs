using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Contracts.RemindUnbookedFamilies;

namespace Cantine.Reservations.Features.RemindUnbookedFamilies;

/// <summary>The command has no input; the validator exists so that every command has one.</summary>
public sealed class RemindUnbookedFamiliesValidator : CommandValidator<RemindUnbookedFamiliesCommand>;
