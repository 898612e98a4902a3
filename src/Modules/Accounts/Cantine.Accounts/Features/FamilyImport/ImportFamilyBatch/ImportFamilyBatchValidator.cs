using Cantine.Accounts.Contracts.ImportFamilyBatch;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.FamilyImport.ImportFamilyBatch;

public sealed class ImportFamilyBatchValidator : CommandValidator<ImportFamilyBatchCommand>
{
    public ImportFamilyBatchValidator() => RuleFor(c => c.RunId).NotEmpty();
}
