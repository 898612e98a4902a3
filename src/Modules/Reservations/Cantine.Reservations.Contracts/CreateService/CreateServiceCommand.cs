using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.CreateService;

/// <summary>Creates a service with its first price, in force from <paramref name="PriceEffectiveFrom"/>.</summary>
public sealed record CreateServiceCommand(
    string Name,
    int UnitPriceCents,
    DateOnly PriceEffectiveFrom,
    IReadOnlyList<DayOfWeek> Days,
    bool BookableByParents,
    string BillingBasis) : ICommand<Result<Guid>>;
