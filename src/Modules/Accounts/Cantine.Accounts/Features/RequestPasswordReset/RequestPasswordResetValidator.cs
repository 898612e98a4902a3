using Cantine.Accounts.Contracts.RequestPasswordReset;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.RequestPasswordReset;

public sealed class RequestPasswordResetValidator : CommandValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetValidator()
    {
        RuleFor(c => c).Must(c => !string.IsNullOrWhiteSpace(c.Login) || !string.IsNullOrWhiteSpace(c.Email))
            .WithName("Login").OverridePropertyName("Login").WithErrorCode("LoginOrEmail")
            .WithMessage(_ => AccountsText.Get("Validation.LoginOrEmail"));
        RuleFor(c => c.Login).OptionalText(254);
        RuleFor(c => c.Email).OptionalText(254);
    }
}
