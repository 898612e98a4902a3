namespace Cantine.Attendance.Domain;

/// <summary>
/// The agents were reminded of a day's sheets not validated. Inserted (never updated) with a key per town and day, so
/// two runs of the job at once cannot both send: the second insert fails and its command runs again, finding it.
/// </summary>
public sealed record ReminderSent(Guid Id, DateOnly Date, int Sheets, DateTimeOffset At)
{
    public static Guid IdFor(string tenantId, DateOnly date) => Cantine.BuildingBlocks.Domain.StableId.For("attendance-reminder", tenantId, date);
}
