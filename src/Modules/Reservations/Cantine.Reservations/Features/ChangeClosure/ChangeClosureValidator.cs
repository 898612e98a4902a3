using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Contracts.ChangeClosure;
using Cantine.Reservations.Features.Shared;
using FluentValidation;

namespace Cantine.Reservations.Features.ChangeClosure;

public sealed class ChangeClosureValidator : CommandValidator<ChangeClosureCommand>
{
    public ChangeClosureValidator()
    {
        RuleFor(c => c.ClosureId).NotEmpty();
        ClosureRules.Shape(this, c => c.Label, c => c.From, c => c.To, c => c.Kind);
    }
}
