using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.ClosePeriods;

/// <summary>Closes every period whose deadline has passed and freezes its headcounts, catching up missed ones; idempotent. Returns how many periods were closed.</summary>
public sealed record ClosePeriodsCommand : ICommand<Result<int>>;
