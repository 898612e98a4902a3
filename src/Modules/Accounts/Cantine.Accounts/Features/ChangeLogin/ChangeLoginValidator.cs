using Cantine.Accounts.Contracts.ChangeLogin;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.ChangeLogin;

public sealed class ChangeLoginValidator : CommandValidator<ChangeLoginCommand>
{
    public ChangeLoginValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Login).RequiredLogin();
    }
}
