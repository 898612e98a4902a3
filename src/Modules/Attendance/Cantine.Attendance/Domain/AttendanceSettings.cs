namespace Cantine.Attendance.Domain;

/// <summary>The town's attendance times (Paris time); one stream per town, its inline snapshot read by the pages.</summary>
public sealed record AttendanceSettings(Guid Id, TimeOnly FamilySignalDeadline, TimeOnly ReminderTime)
{
    public static readonly TimeOnly DefaultFamilySignalDeadline = new(9, 0);
    public static readonly TimeOnly DefaultReminderTime = new(14, 0);

    public static Guid IdFor(string tenantId) => Cantine.BuildingBlocks.Domain.StableId.For("attendance-settings", tenantId);

    public static AttendanceSettings Defaults(string tenantId) => new(IdFor(tenantId), DefaultFamilySignalDeadline, DefaultReminderTime);

    public static AttendanceSettings Create(AttendanceSettingsChanged e) => new(e.SettingsId, e.FamilySignalDeadline, e.ReminderTime);

    public AttendanceSettings Apply(AttendanceSettingsChanged e) => this with { FamilySignalDeadline = e.FamilySignalDeadline, ReminderTime = e.ReminderTime };
}
