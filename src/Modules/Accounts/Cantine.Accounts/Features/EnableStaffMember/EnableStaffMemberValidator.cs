using Cantine.Accounts.Contracts.EnableStaffMember;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.EnableStaffMember;

public sealed class EnableStaffMemberValidator : CommandValidator<EnableStaffMemberCommand>
{
    public EnableStaffMemberValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
    }
}
