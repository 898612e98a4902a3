using System.Diagnostics;
using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.GetDayOverview;
using Cantine.Attendance.Contracts.GetSheet;
using Cantine.Attendance.Contracts.OpenSheets;
using Cantine.Attendance.Contracts.RecordMarks;
using Cantine.Attendance.Contracts.ValidateSheet;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Domain;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Host.Pages.Reservations;
using Cantine.Reservations.Contracts.GetHeadcounts;
using Mediator;

namespace Cantine.Host.Demo;

/// <summary>
/// The demo town's attendance (issue #13): its sheets since the first day of last month (at least three weeks), built by Attendance from the bookings, marked
/// and validated by the agent through the module's own commands. Most children are present; on the most recent days
/// Hugo came without a booking (evening care), Léa was absent with a medical certificate, Hugo, Noah and Emma were absent
/// once each. Mark ids are stable, and a sheet already marked or validated is left alone, so running it again changes
/// nothing.
/// </summary>
public static class DemoAttendance
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public sealed record Children(Guid Lea, Guid Hugo, Guid Emma, Guid Noah);

    public static async Task SeedAsync(TenantScopeFactory scopes, TimeProvider clock, Guid agentUserId, string agentName, Children children, CancellationToken ct)
    {
        var today = ReservationsFormat.Today(clock);
        var days = Enumerable.Range(1, today.DayNumber - DemoTown.HistoryStart(today).DayNumber).Select(i => today.AddDays(-i)).ToList();
        await UntilBookingsArriveAsync(scopes, days, ct);
        await SendAsync(scopes, async s => Ok(await s.Send(new OpenSheetsCommand(today), ct)));

        var sheets = new List<SheetDto>();
        foreach (var day in days)
        {
            var overview = await SendAsync(scopes, s => s.Send(new GetDayOverviewQuery(day), ct));
            foreach (var sheet in overview.Sheets)
            {
                if (await SendAsync(scopes, s => s.Send(new GetSheetQuery(day, sheet.ServiceId, sheet.School), ct)) is { } found)
                {
                    sheets.Add(found);
                }
            }
        }

        var plan = DemoAttendancePlan.For(sheets, children);
        foreach (var sheet in sheets.Where(s => !s.IsValidated && s.Children.All(c => c.Status == AttendanceStatus.NotMarked)))
        {
            var marks = plan.MarksFor(sheet)
                .Select(m => new MarkInput(StableId.For("demo-attendance", sheet.Date, sheet.ServiceId, sheet.School, m.ChildId), m.ChildId, m.Kind, m.Reason, m.Note))
                .ToList();
            var recorded = await SendAsync(scopes, async s => Ok(await s.Send(new RecordMarksCommand(sheet.Date, sheet.ServiceId, sheet.School, marks, agentUserId, agentName), ct)));
            if (recorded.Outcomes.FirstOrDefault(o => o.Refusal is not null) is { } refused)
            {
                throw new InvalidOperationException($"Demo seed refused a mark on {sheet.Date:yyyy-MM-dd} {sheet.ServiceName}: {refused.Refusal}");
            }

            await SendAsync(scopes, async s => Ok(await s.Send(new ValidateSheetCommand(sheet.Date, sheet.ServiceId, sheet.School, agentUserId, agentName), ct)));
        }
    }

    /// <summary>
    /// Attendance builds its sheets from Reservations' integration events: waits until each past day has as many
    /// booked children on its sheets as the kitchen's headcounts say (or gives up waiting after a minute).
    /// </summary>
    private static async Task UntilBookingsArriveAsync(TenantScopeFactory scopes, IReadOnlyList<DateOnly> days, CancellationToken ct)
    {
        var expected = new Dictionary<DateOnly, int>();
        foreach (var day in days.Where(d => !expected.ContainsKey(d)))
        {
            var headcounts = await SendAsync(scopes, s => s.Send(new GetHeadcountsQuery(day), ct));
            foreach (var date in headcounts.Days.Where(days.Contains))
            {
                expected[date] = headcounts.Rows.Where(r => r.Date == date).Sum(r => r.Count);
            }
        }

        var waited = Stopwatch.StartNew();
        foreach (var (day, count) in expected.Where(e => e.Value > 0))
        {
            while (waited.Elapsed < Patience
                && (await SendAsync(scopes, s => s.Send(new GetDayOverviewQuery(day), ct))).Sheets.Sum(s => s.Counts.Booked) < count)
            {
                await Task.Delay(200, ct);
            }
        }
    }

    private static async Task<T> SendAsync<T>(TenantScopeFactory scopes, Func<ISender, ValueTask<T>> send)
    {
        await using var scope = scopes.Create(DemoTown.Slug);
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    private static T Ok<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException("Demo seed refused: " + string.Join("; ", result.Errors.Select(e => e.Message)));

    private static bool Ok(Result result) =>
        result.IsSuccess ? true : throw new InvalidOperationException("Demo seed refused: " + string.Join("; ", result.Errors.Select(e => e.Message)));
}
