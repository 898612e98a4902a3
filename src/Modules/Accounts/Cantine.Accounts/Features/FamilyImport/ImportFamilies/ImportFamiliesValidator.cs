using Cantine.Accounts.Contracts.ImportFamilies;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.FamilyImport.ImportFamilies;

public sealed class ImportFamiliesValidator : CommandValidator<ImportFamiliesCommand>
{
    public ImportFamiliesValidator() => RuleFor(c => c.UploadId).NotEmpty();
}
