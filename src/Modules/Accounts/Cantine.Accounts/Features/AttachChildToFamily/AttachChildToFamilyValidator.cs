using Cantine.Accounts.Contracts.AttachChildToFamily;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.AttachChildToFamily;

public sealed class AttachChildToFamilyValidator : CommandValidator<AttachChildToFamilyCommand>
{
    public AttachChildToFamilyValidator()
    {
        RuleFor(c => c.ChildId).NotEmpty();
        RuleFor(c => c.FamilyId).NotEmpty();
    }
}
