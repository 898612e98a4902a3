using Cantine.BuildingBlocks.Validation;
using Cantine.Messaging.Contracts.ReadReplies;
using FluentValidation;

namespace Cantine.Messaging.Features.ReadReplies;

public sealed class ReadRepliesValidator : CommandValidator<ReadRepliesCommand>
{
    public ReadRepliesValidator()
    {
        RuleFor(c => c.FamilyId).NotEmpty();
        RuleFor(c => c.GuardianId).NotEmpty();
        RuleFor(c => c.ThreadId).NotEmpty();
    }
}
