using Cantine.Accounts.Contracts.DisableStaffMember;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.DisableStaffMember;

public sealed class DisableStaffMemberValidator : CommandValidator<DisableStaffMemberCommand>
{
    public DisableStaffMemberValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
