using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.BuildingBlocks.Validation;

namespace Cantine.Accounts.Features.RegisterFamily;

public sealed class RegisterFamilyValidator : CommandValidator<RegisterFamilyCommand>
{
    public RegisterFamilyValidator()
    {
        RuleFor(c => c.Name).RequiredText(120);
        RuleFor(c => c.ExternalReference).OptionalText(60);
    }
}
