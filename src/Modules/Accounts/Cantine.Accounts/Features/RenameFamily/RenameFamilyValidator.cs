using Cantine.Accounts.Contracts.RenameFamily;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.RenameFamily;

public sealed class RenameFamilyValidator : CommandValidator<RenameFamilyCommand>
{
    public RenameFamilyValidator()
    {
        RuleFor(c => c.FamilyId).NotEmpty();
        RuleFor(c => c.Name).RequiredText(120);
    }
}
