using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.RemoveClosure;

public sealed record RemoveClosureCommand(Guid ClosureId) : ICommand<Result>;
