using Cantine.Attendance.Contracts.GetFamilyAttendance;
using Cantine.Host.Pages.Reservations;
using Cantine.Host.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Pages.Presences;

/// <summary>"Présences" (manual §4): read-only, the family's children's attendance over a week or a month.</summary>
public sealed class IndexModel(ISender sender, TimeProvider clock) : CantinePageModel
{
    /// <summary>A day of the period to show (<c>?jour=yyyy-MM-dd</c>); today's period without it.</summary>
    [BindProperty(SupportsGet = true, Name = "jour")]
    public DateOnly? Jour { get; set; }

    public FamilyAttendanceDto? Attendance { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>Whether the town books by the week (<c>Week</c>, <c>Weekly</c>) rather than the month.</summary>
    public bool Weekly => Attendance?.PeriodKind.StartsWith("Week", StringComparison.OrdinalIgnoreCase) ?? true;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.FamilyIdOf() is not { } family)
        {
            return NotFound();
        }

        Today = ReservationsFormat.Today(clock);
        Attendance = await sender.Send(new GetFamilyAttendanceQuery(family, Jour), ct);
        return Page();
    }

    public string PageUrl(DateOnly day) => $"/{Tenant.Slug}/presences?jour={day:yyyy-MM-dd}";
}
