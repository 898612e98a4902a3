using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.EnrolGroup;

/// <summary>Enrols every child of a school (or of one class of it) in a service; returns how many were newly enrolled.</summary>
public sealed record EnrolGroupCommand(Guid ServiceId, string School, string? Class) : ICommand<Result<int>>;
