using Cantine.BuildingBlocks.Validation;
using Cantine.Messaging.Contracts.ReplyToThread;
using FluentValidation;

namespace Cantine.Messaging.Features.ReplyToThread;

public sealed class ReplyToThreadValidator : CommandValidator<ReplyToThreadCommand>
{
    public ReplyToThreadValidator()
    {
        RuleFor(c => c.ThreadId).NotEmpty();
        RuleFor(c => c.StaffId).NotEmpty();
        RuleFor(c => c.StaffName).RequiredText(160);
        RuleFor(c => c.Body).RequiredText(5000, multiline: true);
    }
}
