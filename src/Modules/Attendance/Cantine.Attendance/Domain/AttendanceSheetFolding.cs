namespace Cantine.Attendance.Domain;

/// <summary>
/// Applies events to a sheet the way the inline snapshot does, so that a handler deciding several marks in a row
/// (an offline queue) decides each one on the state the previous ones left.
/// </summary>
public static class AttendanceSheetFolding
{
    public static AttendanceSheet? Apply(AttendanceSheet? sheet, object e) => e switch
    {
        SheetCreated x => AttendanceSheet.Create(x),
        SheetChildBooked x => sheet!.Apply(x),
        SheetBookingCancelled x => sheet!.Apply(x),
        SheetOpened x => sheet!.Apply(x),
        ChildMarkedPresent x => sheet!.Apply(x),
        ChildMarkedAbsent x => sheet!.Apply(x),
        AbsenceJustified x => sheet!.Apply(x),
        UnbookedChildAdded x => sheet!.Apply(x),
        SheetValidated x => sheet!.Apply(x),
        MarkCorrected x => sheet!.Apply(x),
        AbsenceSignalledByFamily x => sheet!.Apply(x),
        _ => throw new ArgumentException($"Not an attendance sheet event: {e.GetType().Name}", nameof(e)),
    };

    public static AttendanceSheet? Fold(AttendanceSheet? sheet, IEnumerable<object> events) => events.Aggregate(sheet, Apply);

    /// <summary>Every event type of a sheet's stream (registered with Marten).</summary>
    public static IReadOnlyList<Type> EventTypes { get; } =
    [
        typeof(SheetCreated), typeof(SheetChildBooked), typeof(SheetBookingCancelled), typeof(SheetOpened), typeof(ChildMarkedPresent),
        typeof(ChildMarkedAbsent), typeof(AbsenceJustified), typeof(UnbookedChildAdded), typeof(SheetValidated), typeof(MarkCorrected),
        typeof(AbsenceSignalledByFamily),
    ];
}
