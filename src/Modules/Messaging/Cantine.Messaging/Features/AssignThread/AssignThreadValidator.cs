using Cantine.BuildingBlocks.Validation;
using Cantine.Messaging.Contracts.AssignThread;
using FluentValidation;

namespace Cantine.Messaging.Features.AssignThread;

public sealed class AssignThreadValidator : CommandValidator<AssignThreadCommand>
{
    public AssignThreadValidator()
    {
        RuleFor(c => c.ThreadId).NotEmpty();
        RuleFor(c => c.StaffId).NotEmpty();
        RuleFor(c => c.StaffName).RequiredText(160);
    }
}
