using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.RemindUnbookedFamilies;

/// <summary>
/// For every period whose reminder moment (the town's days before the deadline) has passed and whose deadline is still
/// ahead, and not reminded yet: each family with a child enrolled in a service it could book that period, and nothing
/// booked for it (by itself, or by the other family of a shared child), is reminded by e-mail (Messaging). Catches up
/// after downtime; never after a deadline. Returns how many families were reminded.
/// </summary>
public sealed record RemindUnbookedFamiliesCommand : ICommand<Result<int>>;
