using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.AddClosure;

/// <summary>Adds a closure (school holidays, a bank holiday, a strike day...): its days are not bookable.</summary>
public sealed record AddClosureCommand(string Label, DateOnly From, DateOnly To, string Kind) : ICommand<Result<Guid>>;
