using Cantine.Attendance.Contracts.IntegrationEvents;
using Cantine.Invoicing.Domain.Copies;
using Marten;

namespace Cantine.Invoicing.IntegrationEventHandlers;

/// <summary>
/// Changes the copy of a validated sheet. Optimistic concurrency: a validation and a correction handled at once cannot both
/// win; the loser fails and Wolverine's retry policy runs it again on the winner's copy.
/// </summary>
internal static class AttendanceSheetCopies
{
    public static async Task ApplyAsync(
        IDocumentSession session, Guid sheetId, DateOnly date, Guid serviceId, IEnumerable<AttendanceLine> lines, DateTimeOffset at, CancellationToken ct)
    {
        var current = await session.LoadAsync<AttendanceSheetCopy>(sheetId, ct);
        var changed = lines.Select(l => Mark(l, date, serviceId, at))
            .Aggregate(current ?? new AttendanceSheetCopy(sheetId, date, new DateOnly(date.Year, date.Month, 1), serviceId, []), (s, m) => s.With(m));
        if (current is null)
        {
            session.Insert(changed);
        }
        else if (!ReferenceEquals(changed, current))
        {
            session.Update(changed);
        }
    }

    private static AttendanceMark Mark(AttendanceLine line, DateOnly date, Guid serviceId, DateTimeOffset at) =>
        new(line.ChildId, serviceId, date, AttendanceMark.ParseStatus(line.Status), line.Reason, line.SignalledByFamily, [.. line.FamilyIds], at);
}
