using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Contracts.CreateService;
using Cantine.Reservations.Features.Shared;

namespace Cantine.Reservations.Features.CreateService;

public sealed class CreateServiceValidator : CommandValidator<CreateServiceCommand>
{
    public CreateServiceValidator()
    {
        ServiceRules.Name(RuleFor(c => c.Name));
        ServiceRules.Price(RuleFor(c => c.UnitPriceCents));
        ServiceRules.Days(RuleFor(c => c.Days));
        ServiceRules.BillingBasis(RuleFor(c => c.BillingBasis));
    }
}
