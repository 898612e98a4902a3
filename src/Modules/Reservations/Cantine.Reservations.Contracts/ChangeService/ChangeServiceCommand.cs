using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.ChangeService;

public sealed record ChangeServiceCommand(
    Guid ServiceId,
    string Name,
    IReadOnlyList<DayOfWeek> Days,
    bool BookableByParents,
    string BillingBasis) : ICommand<Result>;
