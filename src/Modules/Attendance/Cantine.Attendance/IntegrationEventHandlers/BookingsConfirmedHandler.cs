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
        foreach (var sheetLines in lines.GroupBy(x => new SheetKey(x.Line.Date, x.Line.ServiceId, SchoolOf(children, x.Line.ChildId))))
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

    private static string SchoolOf(IReadOnlyDictionary<Guid, ChildCopy> children, Guid childId) =>
        children.TryGetValue(childId, out var child)
            ? child.School
            : throw new InvalidOperationException($"Child {childId} is not known to Attendance yet.");
}
