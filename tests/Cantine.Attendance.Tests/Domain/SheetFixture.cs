using Cantine.Attendance.Contracts;
using Cantine.Attendance.Domain;

namespace Cantine.Attendance.Tests.Domain;

/// <summary>A sheet of Monday 16 September 2030 (1er service, école Jules Ferry) with Léa booked, for the decision tests.</summary>
internal static class SheetFixture
{
    public static readonly DateOnly Day = new(2030, 9, 16);
    public static readonly SheetKey Key = new(Day, Guid.Parse("5f0c1d40-0000-4000-8000-000000000001"), "Jules Ferry");
    public static readonly Guid SheetId = AttendanceSheetDecisions.IdFor(Key);
    public static readonly Guid Lea = Guid.Parse("5f0c1d40-0000-4000-8000-0000000000a1");
    public static readonly Guid Tom = Guid.Parse("5f0c1d40-0000-4000-8000-0000000000a2");
    public static readonly Guid Family = Guid.Parse("5f0c1d40-0000-4000-8000-0000000000f1");
    public static readonly Guid OtherFamily = Guid.Parse("5f0c1d40-0000-4000-8000-0000000000f2");
    public static readonly IReadOnlyList<Guid> Families = [Family];
    public static readonly Author Agent = new(AuthorKind.Agent, Guid.Parse("5f0c1d40-0000-4000-8000-0000000000e1"), "Agnès Martin");
    public static readonly Author Job = new(AuthorKind.System, null, "Système");

    /// <summary>11:45 Paris time (09:45 UTC in September) on the sheet's day.</summary>
    public static readonly DateTimeOffset Lunch = new(2030, 9, 16, 9, 45, 0, TimeSpan.Zero);

    public static readonly SheetCreated Created = new(SheetId, Day, Key.ServiceId, Key.School);
    public static readonly SheetChildBooked LeaBooked = new(SheetId, Lea, Families, 320, Job, Lunch.AddDays(-10));

    public static AttendanceSheet? Given(params object[] events) => Cantine.Testing.Decisions.History.Of<AttendanceSheet>(events);

    public static RecordMark Mark(Guid child, MarkKind kind, Guid? markId = null, AbsenceReason? reason = null, string? note = null, bool ofTown = true) =>
        new(Key, markId ?? Guid.NewGuid(), child, kind, reason, note, ofTown ? new ChildFacts(child, Families) : null, true, Agent);
}
