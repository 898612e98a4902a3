using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Contracts.UnenrolChild;
using FluentValidation;

namespace Cantine.Reservations.Features.UnenrolChild;

public sealed class UnenrolChildValidator : CommandValidator<UnenrolChildCommand>
{
    public UnenrolChildValidator()
    {
        RuleFor(c => c.ChildId).NotEmpty();
        RuleFor(c => c.ServiceId).NotEmpty();
    }
}
