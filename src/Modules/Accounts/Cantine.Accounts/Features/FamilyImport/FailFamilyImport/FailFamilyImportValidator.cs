using Cantine.Accounts.Contracts.FailFamilyImport;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.FamilyImport.FailFamilyImport;

public sealed class FailFamilyImportValidator : CommandValidator<FailFamilyImportCommand>
{
    public FailFamilyImportValidator() => RuleFor(c => c.RunId).NotEmpty();
}
