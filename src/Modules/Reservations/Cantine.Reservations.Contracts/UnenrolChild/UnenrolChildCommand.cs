using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.UnenrolChild;

/// <summary>Ends a child's enrolment in a service; existing bookings stay.</summary>
public sealed record UnenrolChildCommand(Guid ChildId, Guid ServiceId) : ICommand<Result>;
