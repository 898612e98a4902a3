using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Contracts.AddClosure;
using Cantine.Reservations.Features.Shared;

namespace Cantine.Reservations.Features.AddClosure;

public sealed class AddClosureValidator : CommandValidator<AddClosureCommand>
{
    public AddClosureValidator() => ClosureRules.Shape(this, c => c.Label, c => c.From, c => c.To, c => c.Kind);
}
