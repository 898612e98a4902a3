using Cantine.Accounts.Contracts.ResetStaffTwoFactor;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.ResetStaffTwoFactor;

public sealed class ResetStaffTwoFactorValidator : CommandValidator<ResetStaffTwoFactorCommand>
{
    public ResetStaffTwoFactorValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
