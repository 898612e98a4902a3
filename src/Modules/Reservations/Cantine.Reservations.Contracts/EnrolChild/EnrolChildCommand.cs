using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.EnrolChild;

public sealed record EnrolChildCommand(Guid ChildId, Guid ServiceId) : ICommand<Result>;
