using Cantine.Attendance.Contracts;
using Cantine.Attendance.Domain;
using Cantine.Testing.Decisions;

namespace Cantine.Attendance.Tests.Domain;

/// <summary>
/// A sheet of Monday 3 November 2031 ("1er service", École A) on which Léo (Durand family) and Jade (Durand and Roux)
/// are booked, and the instants around it. Tom (Roux family) is a child of the town, not booked.
/// </summary>
internal static class Given
{
    public static readonly DateOnly Day = new(2031, 11, 3);
    public static readonly Guid Service = new("11111111-0000-0000-0000-000000000001");
    public static readonly SheetKey Key = new(Day, Service, "École A");
    public static readonly Guid SheetId = AttendanceSheetDecisions.IdFor(Key);
    public static readonly Guid Durand = new("22222222-0000-0000-0000-000000000001");
    public static readonly Guid Roux = new("22222222-0000-0000-0000-000000000002");
    public static readonly Guid Leo = new("33333333-0000-0000-0000-000000000001");
    public static readonly Guid Jade = new("33333333-0000-0000-0000-000000000002");
    public static readonly Guid Tom = new("33333333-0000-0000-0000-000000000003");
    public static readonly Guid AgentId = new("44444444-0000-0000-0000-000000000001");
    public static readonly Author Agent = Author.Agent(AgentId, "Paul Agent");
    public static readonly Author Parent = Author.Family(new Guid("44444444-0000-0000-0000-000000000002"), "Marie Durand");

    /// <summary>12:00 in Paris on the sheet's day (UTC+1 in November).</summary>
    public static readonly DateTimeOffset Noon = new(2031, 11, 3, 12, 0, 0, TimeSpan.FromHours(1));

    public static readonly DateTimeOffset Earlier = Noon.AddHours(-4);

    public static readonly object[] Booked =
    [
        new SheetCreated(SheetId, Day, Service, "École A"),
        new SheetChildBooked(SheetId, Leo, [Durand], 320, Author.System, Earlier.AddDays(-7)),
        new SheetChildBooked(SheetId, Jade, [Durand, Roux], 320, Author.System, Earlier.AddDays(-7)),
    ];

    public static AttendanceSheet? Sheet(params object[] events) => History.Of<AttendanceSheet>(events);

    public static AttendanceSheet BookedSheet(params object[] more) => Sheet([.. Booked, .. more])!;

    public static RecordMark Mark(Guid child, MarkKind kind, Guid? markId = null, AbsenceReason? reason = null, string? note = null, bool runs = true, Guid[]? families = null) =>
        new(Key, markId ?? Guid.NewGuid(), child, kind, reason, note, new ChildFacts(child, families ?? (child == Tom ? [Roux] : [Durand])), runs, Agent);
}
