using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.ChangeServicePrice;

/// <summary>A new unit price from a date on; refused for a date inside a closed period (past periods are never rewritten).</summary>
public sealed record ChangeServicePriceCommand(Guid ServiceId, int UnitPriceCents, DateOnly EffectiveFrom) : ICommand<Result>;
