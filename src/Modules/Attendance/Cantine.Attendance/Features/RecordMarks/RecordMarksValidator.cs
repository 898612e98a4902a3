using Cantine.Attendance.Contracts.RecordMarks;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Attendance.Features.RecordMarks;

/// <summary>Shape only: an offline queue holds a few hundred taps at most; the rules are the domain's.</summary>
public sealed class RecordMarksValidator : CommandValidator<RecordMarksCommand>
{
    public RecordMarksValidator()
    {
        RuleFor(c => c.ServiceId).NotEmpty();
        RuleFor(c => c.School).RequiredText(200);
        RuleFor(c => c.StaffUserId).NotEmpty();
        RuleFor(c => c.StaffName).RequiredText(200);
        RuleFor(c => c.Marks).Must(m => m is { Count: > 0 and <= 500 }).WithErrorCode("Marks.Count").WithMessage(_ => AttendanceText.Get("Marks.Count"));
        RuleForEach(c => c.Marks)
            .Must(m => m is not null && m.MarkId != Guid.Empty && m.ChildId != Guid.Empty && Enum.IsDefined(m.Kind) && (m.Reason is null || Enum.IsDefined(m.Reason.Value)))
            .WithErrorCode("Marks.Invalid").WithMessage(_ => AttendanceText.Get("Marks.Invalid"));
        When(c => c.Marks is not null, () => RuleForEach(c => c.Marks).ChildRules(m => m.RuleFor(x => x.Note).OptionalText(500, multiline: true)));
    }
}
