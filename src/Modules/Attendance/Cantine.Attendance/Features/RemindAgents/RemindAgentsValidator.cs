using Cantine.Attendance.Contracts.RemindAgents;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Attendance.Features.RemindAgents;

public sealed class RemindAgentsValidator : CommandValidator<RemindAgentsCommand>
{
    public RemindAgentsValidator()
    {
        RuleFor(c => c.Today).NotEqual(default(DateOnly));
    }
}
