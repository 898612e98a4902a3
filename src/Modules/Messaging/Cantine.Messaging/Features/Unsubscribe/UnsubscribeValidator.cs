using Cantine.BuildingBlocks.Validation;
using Cantine.Messaging.Contracts.Unsubscribe;
using FluentValidation;

namespace Cantine.Messaging.Features.Unsubscribe;

/// <summary>Shape only: the token's check is <see cref="Email.UnsubscribeLinks"/>'s.</summary>
public sealed class UnsubscribeValidator : CommandValidator<UnsubscribeCommand>
{
    public UnsubscribeValidator()
    {
        RuleFor(c => c.Token).NotEmpty().WithMessage(_ => MessagingText.Get("Unsubscribe.Invalid"))
            .MaximumLength(1000).WithMessage(_ => MessagingText.Get("Unsubscribe.Invalid"));
    }
}
