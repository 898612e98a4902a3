namespace Cantine.Invoicing.Domain.Copies;

/// <summary>
/// One child's line of a validated sheet (or its latest correction): status, absence reason, whether the family signalled the
/// absence in time, and the child's families at that moment. <see cref="At"/> orders validation and corrections.
/// </summary>
public sealed record AttendanceMark(
    Guid ChildId, Guid ServiceId, DateOnly Date, MarkStatus Status, string? Reason, bool SignalledByFamily,
    IReadOnlyList<Guid> FamilyIds, DateTimeOffset At)
{
    public bool IsPresent => Status is MarkStatus.Present or MarkStatus.PresentUnbooked;

    public static MarkStatus ParseStatus(string status) =>
        Enum.TryParse<MarkStatus>(status, ignoreCase: true, out var parsed) ? parsed : MarkStatus.NotMarked;
}
