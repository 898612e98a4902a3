using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.RegisterGuardian;

public sealed class RegisterGuardianValidator : CommandValidator<RegisterGuardianCommand>
{
    public RegisterGuardianValidator()
    {
        RuleFor(c => c.FamilyId).NotEmpty();
        RuleFor(c => c.Civility).OptionalText(20);
        RuleFor(c => c.FirstName).RequiredText(80);
        RuleFor(c => c.LastName).RequiredText(80);
        RuleFor(c => c.Email).RequiredEmail();
        RuleFor(c => c.Phone).OptionalPhone();
        RuleFor(c => c.Login).OptionalText(60);
    }
}
