using Cantine.Accounts.Contracts.StartTwoFactorEnrolment;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.StartTwoFactorEnrolment;

public sealed class StartTwoFactorEnrolmentValidator : CommandValidator<StartTwoFactorEnrolmentCommand>
{
    public StartTwoFactorEnrolmentValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
