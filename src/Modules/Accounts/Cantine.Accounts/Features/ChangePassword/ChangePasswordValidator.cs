using Cantine.Accounts.Contracts.ChangePassword;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.ChangePassword;

public sealed class ChangePasswordValidator : CommandValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.OldPassword).RequiredText(1024);
        RuleFor(c => c.NewPassword).NotNull();
        RuleFor(c => c.Confirmation).NotNull();
    }
}
