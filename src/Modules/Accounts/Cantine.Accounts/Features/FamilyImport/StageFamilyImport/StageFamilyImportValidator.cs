using Cantine.Accounts.Contracts.StageFamilyImport;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.FamilyImport.StageFamilyImport;

public sealed class StageFamilyImportValidator : CommandValidator<StageFamilyImportCommand>
{
    public StageFamilyImportValidator()
    {
        RuleFor(c => c.FileName).OptionalText(255);
        RuleFor(c => c.Content)
            .Must(c => c is { Length: > 0 }).WithErrorCode("File.Empty").WithMessage(_ => ImportText.Get("File.Empty"))
            .Must(c => c.LongLength <= StageFamilyImportCommand.MaxBytes).WithErrorCode("File.TooLarge")
            .WithMessage(_ => ImportText.Get("File.TooLarge", StageFamilyImportCommand.MaxBytes / (1024 * 1024)));
    }
}
