using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Contracts.RemoveClosure;
using FluentValidation;

namespace Cantine.Reservations.Features.RemoveClosure;

public sealed class RemoveClosureValidator : CommandValidator<RemoveClosureCommand>
{
    public RemoveClosureValidator() => RuleFor(c => c.ClosureId).NotEmpty();
}
