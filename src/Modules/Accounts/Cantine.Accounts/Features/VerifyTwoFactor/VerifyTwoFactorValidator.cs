using Cantine.Accounts.Contracts.VerifyTwoFactor;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.VerifyTwoFactor;

public sealed class VerifyTwoFactorValidator : CommandValidator<VerifyTwoFactorCommand>
{
    public VerifyTwoFactorValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Code).NotEmpty().WithMessage(_ => AccountsText.Get("Validation.TotpCode"))
            .Matches("^[0-9 ]{6,7}$").WithMessage(_ => AccountsText.Get("Validation.TotpCode"));
    }
}
