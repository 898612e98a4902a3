using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.ChangeClosure;

public sealed record ChangeClosureCommand(Guid ClosureId, string Label, DateOnly From, DateOnly To, string Kind) : ICommand<Result>;
