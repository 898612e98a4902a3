using Cantine.Attendance.Contracts.ValidateSheet;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Attendance.Features.ValidateSheet;

public sealed class ValidateSheetValidator : CommandValidator<ValidateSheetCommand>
{
    public ValidateSheetValidator()
    {
        RuleFor(c => c.ServiceId).NotEmpty();
        RuleFor(c => c.School).RequiredText(200);
        RuleFor(c => c.StaffUserId).NotEmpty();
        RuleFor(c => c.StaffName).RequiredText(200);
    }
}
