using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Contracts.ChangeServicePrice;
using Cantine.Reservations.Features.Shared;
using FluentValidation;

namespace Cantine.Reservations.Features.ChangeServicePrice;

public sealed class ChangeServicePriceValidator : CommandValidator<ChangeServicePriceCommand>
{
    public ChangeServicePriceValidator()
    {
        RuleFor(c => c.ServiceId).NotEmpty();
        ServiceRules.Price(RuleFor(c => c.UnitPriceCents));
    }
}
