using Cantine.Accounts.Contracts.ChangeStructureLogo;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.ChangeStructureLogo;

public sealed class ChangeStructureLogoValidator : CommandValidator<ChangeStructureLogoCommand>
{
    public ChangeStructureLogoValidator()
    {
        RuleFor(c => c.FileName).OptionalText(255);
        RuleFor(c => c.Content)
            .Must(c => c is { Length: > 0 }).WithErrorCode("Logo.Empty").WithMessage(_ => ImportText.Get("Logo.Empty"))
            .Must(c => c.LongLength <= ChangeStructureLogoCommand.MaxBytes).WithErrorCode("Logo.TooLarge")
            .WithMessage(_ => ImportText.Get("Logo.TooLarge", ChangeStructureLogoCommand.MaxBytes / 1024));
    }
}
