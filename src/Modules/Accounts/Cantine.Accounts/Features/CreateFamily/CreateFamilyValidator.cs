using Cantine.Accounts.Contracts.CreateFamily;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Validation;

namespace Cantine.Accounts.Features.CreateFamily;

public sealed class CreateFamilyValidator : CommandValidator<CreateFamilyCommand>
{
    public CreateFamilyValidator()
    {
        RuleFor(c => c.Name).RequiredText(120);
        RuleFor(c => c.Civility).OptionalText(20);
        RuleFor(c => c.FirstName).RequiredText(80);
        RuleFor(c => c.LastName).RequiredText(80);
        RuleFor(c => c.Email).RequiredEmail();
        RuleFor(c => c.Phone).OptionalPhone();
        RuleFor(c => c.Login).OptionalLogin();
    }
}
