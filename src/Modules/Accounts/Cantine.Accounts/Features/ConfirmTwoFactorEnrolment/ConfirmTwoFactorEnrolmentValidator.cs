using Cantine.Accounts.Contracts.ConfirmTwoFactorEnrolment;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.ConfirmTwoFactorEnrolment;

public sealed class ConfirmTwoFactorEnrolmentValidator : CommandValidator<ConfirmTwoFactorEnrolmentCommand>
{
    public ConfirmTwoFactorEnrolmentValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Code).NotEmpty().WithMessage(_ => AccountsText.Get("Validation.TotpCode"))
            .Matches("^[0-9 ]{6,7}$").WithMessage(_ => AccountsText.Get("Validation.TotpCode"));
    }
}
