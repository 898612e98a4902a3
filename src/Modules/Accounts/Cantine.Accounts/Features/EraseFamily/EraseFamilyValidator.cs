using Cantine.Accounts.Contracts.EraseFamily;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.EraseFamily;

public sealed class EraseFamilyValidator : CommandValidator<EraseFamilyCommand>
{
    public EraseFamilyValidator()
    {
        RuleFor(c => c.FamilyId).NotEmpty();
        RuleFor(c => c.Reason).RequiredText(200);
    }
}
