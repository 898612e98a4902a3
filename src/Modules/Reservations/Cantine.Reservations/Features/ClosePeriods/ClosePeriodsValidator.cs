using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Contracts.ClosePeriods;

namespace Cantine.Reservations.Features.ClosePeriods;

/// <summary>The command has no input; the validator exists so that every command has one.</summary>
public sealed class ClosePeriodsValidator : CommandValidator<ClosePeriodsCommand>;
