using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Contracts.EnrolChild;
using FluentValidation;

namespace Cantine.Reservations.Features.EnrolChild;

public sealed class EnrolChildValidator : CommandValidator<EnrolChildCommand>
{
    public EnrolChildValidator()
    {
        RuleFor(c => c.ChildId).NotEmpty();
        RuleFor(c => c.ServiceId).NotEmpty();
    }
}
