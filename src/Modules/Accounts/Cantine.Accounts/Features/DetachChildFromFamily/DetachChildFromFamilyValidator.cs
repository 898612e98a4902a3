using Cantine.Accounts.Contracts.DetachChildFromFamily;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.DetachChildFromFamily;

public sealed class DetachChildFromFamilyValidator : CommandValidator<DetachChildFromFamilyCommand>
{
    public DetachChildFromFamilyValidator()
    {
        RuleFor(c => c.ChildId).NotEmpty();
        RuleFor(c => c.FamilyId).NotEmpty();
    }
}
