using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Contracts.ChangeService;
using Cantine.Reservations.Features.Shared;
using FluentValidation;

namespace Cantine.Reservations.Features.ChangeService;

public sealed class ChangeServiceValidator : CommandValidator<ChangeServiceCommand>
{
    public ChangeServiceValidator()
    {
        RuleFor(c => c.ServiceId).NotEmpty();
        ServiceRules.Name(RuleFor(c => c.Name));
        ServiceRules.Days(RuleFor(c => c.Days));
        ServiceRules.BillingBasis(RuleFor(c => c.BillingBasis));
    }
}
