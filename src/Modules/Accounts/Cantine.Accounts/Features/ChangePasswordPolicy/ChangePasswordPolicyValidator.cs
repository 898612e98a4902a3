using Cantine.Accounts.Contracts.ChangePasswordPolicy;
using Cantine.Accounts.Domain;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.ChangePasswordPolicy;

public sealed class ChangePasswordPolicyValidator : CommandValidator<ChangePasswordPolicyCommand>
{
    public ChangePasswordPolicyValidator() =>
        RuleFor(c => c.MinLength)
            .InclusiveBetween(PasswordPolicy.LowestMinLength, PasswordPolicy.HighestMinLength)
            .WithErrorCode("MinLength")
            .WithMessage(_ => AccountsText.Get("Validation.MinLength", PasswordPolicy.LowestMinLength, PasswordPolicy.HighestMinLength));
}
