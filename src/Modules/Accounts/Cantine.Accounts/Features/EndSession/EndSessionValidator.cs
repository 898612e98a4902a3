using Cantine.Accounts.Contracts.EndSession;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.EndSession;

public sealed class EndSessionValidator : CommandValidator<EndSessionCommand>
{
    public EndSessionValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.SessionId).NotEmpty();
    }
}
