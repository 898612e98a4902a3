using Cantine.Accounts.Contracts.StartFamilyImport;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.FamilyImport.StartFamilyImport;

public sealed class StartFamilyImportValidator : CommandValidator<StartFamilyImportCommand>
{
    public StartFamilyImportValidator() => RuleFor(c => c.UploadId).NotEmpty();
}
