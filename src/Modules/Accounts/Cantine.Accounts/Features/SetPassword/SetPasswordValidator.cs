using Cantine.Accounts.Contracts.SetPassword;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.SetPassword;

public sealed class SetPasswordValidator : CommandValidator<SetPasswordCommand>
{
    public SetPasswordValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Password).NotNull();
        RuleFor(c => c.TotpSecret).Matches("^[A-Z2-7]{16,64}$").When(c => c.TotpSecret is not null);
    }
}
