using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Attendance.Contracts.ChangeAttendanceSettings;

/// <summary>
/// The town's attendance times (Paris time): until when on a day families may signal that day's absence, and when
/// agents are reminded by e-mail of that day's sheets not validated yet.
/// </summary>
public sealed record ChangeAttendanceSettingsCommand(TimeOnly FamilySignalDeadline, TimeOnly ReminderTime) : ICommand<Result>;
