using Cantine.Attendance.Contracts.ChangeAttendanceSettings;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Attendance.Features.ChangeAttendanceSettings;

/// <summary>A deadline in the morning (before the service), a reminder after lunch and before the night.</summary>
public sealed class ChangeAttendanceSettingsValidator : CommandValidator<ChangeAttendanceSettingsCommand>
{
    public ChangeAttendanceSettingsValidator()
    {
        RuleFor(c => c.FamilySignalDeadline).InclusiveBetween(new TimeOnly(6, 0), new TimeOnly(12, 0))
            .WithErrorCode("Settings.Deadline").WithMessage(_ => AttendanceText.Get("Settings.Deadline"));
        RuleFor(c => c.ReminderTime).InclusiveBetween(new TimeOnly(10, 0), new TimeOnly(22, 0))
            .WithErrorCode("Settings.Reminder").WithMessage(_ => AttendanceText.Get("Settings.Reminder"));
    }
}
