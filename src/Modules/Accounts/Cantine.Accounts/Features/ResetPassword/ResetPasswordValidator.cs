using Cantine.Accounts.Contracts.ResetPassword;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.ResetPassword;

public sealed class ResetPasswordValidator : CommandValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(2048);
        RuleFor(c => c.NewPassword).NotNull();
        RuleFor(c => c.Confirmation).NotNull();
    }
}
