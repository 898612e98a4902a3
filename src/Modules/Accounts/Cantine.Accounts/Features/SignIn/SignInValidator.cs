using Cantine.Accounts.Contracts.SignIn;
using Cantine.BuildingBlocks.Validation;

namespace Cantine.Accounts.Features.SignIn;

public sealed class SignInValidator : CommandValidator<SignInCommand>
{
    public SignInValidator()
    {
        RuleFor(c => c.Login).RequiredText(254);
        RuleFor(c => c.Password).RequiredText(1024);
    }
}
