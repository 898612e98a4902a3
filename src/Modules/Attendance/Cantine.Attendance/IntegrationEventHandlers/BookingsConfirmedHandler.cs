using Cantine.Attendance.Domain;
using Cantine.Attendance.Features.Shared;
using Cantine.Reservations.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Attendance.IntegrationEventHandlers;

/// <summary>
/// Copies the days booked and cancelled onto the sheets of each day, service and school (the child's school), through
/// <see cref="AttendanceSheetDecisions"/> and with each stream's expected version: a staff correction after the deadline
/// updates the booked list, and a second delivery changes nothing.
/// </summary>
public sealed class BookingsConfirmedHandler
{
    public static async Task Handle(BookingsConfirmedIntegrationEvent message, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var children = await session.ChildrenAsync(message.Booked.Concat(message.Cancelled).Select(l => l.ChildId), ct);
        var author = message.CorrectedByStaffUserId is { } staff
            ? new Author(AuthorKind.Agent, staff, AttendanceText.Get("Author.Staff"))
            : new Author(AuthorKind.Family, message.FamilyId, AttendanceText.Get("Author.Family"));
        var lines = message.Cancelled.Select(l => (Line: l, Booked: false)).Concat(message.Booked.Select(l => (Line: l, Booked: true)));
        var now = clock.GetUtcNow();
        var bookedSheets = await SheetsListingAsync(session, message, ct);
        foreach (var sheetLines in lines.GroupBy(x => new SheetKey(x.Line.Date, x.Line.ServiceId, SchoolOf(children, bookedSheets, x.Line, x.Booked))))
        {
            var stream = await session.Events.FetchForWriting<AttendanceSheet>(AttendanceSheetDecisions.IdFor(sheetLines.Key), ct);
            var sheet = stream.Aggregate;
            var events = new List<object>();
            foreach (var (line, booked) in sheetLines)
            {
                var decision = AttendanceSheetDecisions.Decide(
                    new CopyBooking(sheetLines.Key, line.ChildId, children[line.ChildId].FamilyIds, booked, line.UnitPriceCents, author), sheet, now);
                events.AddRange(decision.Events);
                sheet = AttendanceSheetFolding.Fold(sheet, decision.Events);
            }

            if (events.Count > 0)
            {
                stream.AppendMany(events);
            }
        }
    }

    /// <summary>The sheets of the cancelled days where the family's children are listed (one query; none without a cancellation).</summary>
    private static async Task<IReadOnlyList<AttendanceSheet>> SheetsListingAsync(IQuerySession session, BookingsConfirmedIntegrationEvent message, CancellationToken ct)
    {
        var dates = message.Cancelled.Select(l => l.Date).Distinct().ToArray();
        return dates.Length == 0
            ? []
            : await session.Query<AttendanceSheet>().Where(s => dates.Contains(s.Date) && s.FamilyIds.Contains(message.FamilyId)).ToListAsync(ct);
    }

    /// <summary>
    /// A booking goes to the sheet of the child's school; a cancellation to the sheet where the child is booked, which is an
    /// older school's when the child changed school since.
    /// </summary>
    private static string SchoolOf(IReadOnlyDictionary<Guid, ChildCopy> children, IReadOnlyList<AttendanceSheet> bookedSheets, BookingLine line, bool booked)
    {
        var listing = booked ? null : bookedSheets.FirstOrDefault(s => s.Date == line.Date && s.ServiceId == line.ServiceId && s.EntryOf(line.ChildId) is { Booked: true });
        return listing?.School ?? (children.TryGetValue(line.ChildId, out var child)
            ? child.School
            : throw new InvalidOperationException($"Child {line.ChildId} is not known to Attendance yet."));
    }
}
