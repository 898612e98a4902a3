using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Accounts.Contracts.RegisterStaffMember;
using Cantine.Accounts.Contracts.SetPassword;
using Cantine.Attendance.Contracts.FindChildren;
using Cantine.Attendance.Contracts.GetSheet;
using Cantine.EndToEnd.Browser;
using Cantine.Reservations.Contracts.CorrectBookings;
using Cantine.Reservations.Contracts.SubmitBookings;

namespace Cantine.EndToEnd.Attendance;

/// <summary>
/// Annecy with today's bookings (<see cref="AttendanceTown"/>: Jade and Léo at École A, Tom at École B), plus Hugo
/// (CM2, booked) and Inès (CP, not booked) at École B, and an agent whose second factor is enabled.
/// </summary>
public sealed class AttendanceBrowserApp : BrowserApp
{
    public const string Slug = "annecy";

    public AttendanceTown Town { get; private set; } = null!;

    public Guid Hugo { get; private set; }

    public Guid Ines { get; private set; }

    public TestAccount Agent { get; private set; } = null!;

    protected override async Task SeedAsync()
    {
        Town = await AttendanceTown.CreateAsync(this, Slug);
        var roux = Town.Town.OtherFamily.FamilyId;
        Hugo = (await SendAsync(Slug, s => s.Send(new RegisterChildCommand(roux, "Hugo", "Roux", new DateOnly(2015, 3, 1), AttendanceTown.SchoolB, "CM2")))).Value;
        Ines = (await SendAsync(Slug, s => s.Send(new RegisterChildCommand(roux, "Inès", "Roux", new DateOnly(2019, 9, 1), AttendanceTown.SchoolB, "CP")))).Value;
        await UntilAsync(async s => (await s.Send(new FindChildrenQuery("Inès", AttendanceTown.SchoolB))).Count == 1
            && (await s.Send(new FindChildrenQuery("Hugo", AttendanceTown.SchoolB))).Count == 1);
        await UntilAsync(async s => await s.Send(new Cantine.Reservations.Contracts.GetChildEnrolments.GetChildEnrolmentsQuery(Hugo)) is not null);
        (await SendAsync(Slug, s => s.Send(new Cantine.Reservations.Contracts.EnrolChild.EnrolChildCommand(Hugo, Town.FirstService)))).IsSuccess.ShouldBeTrue();
        // Jade's lunch was booked by her other family (Durand): the Roux family's correction leaves it alone.
        var sheet = await Town.Reservations.SheetAsync(this, roux, Town.Today, forStaff: true);
        var corrected = await SendAsync(Slug, s => s.Send(new CorrectBookingsCommand(roux, sheet.PeriodStart,
            [new BookingCellInput(Town.Tom, Town.FirstService, Town.Today), new BookingCellInput(Hugo, Town.FirstService, Town.Today)], sheet.Version, Town.Town.Administrator.UserId)));
        corrected.IsSuccess.ShouldBeTrue(string.Join("; ", corrected.Errors.Select(e => e.Message)));
        await UntilAsync(async s => (await s.Send(new GetSheetQuery(Town.Today, Town.FirstService, AttendanceTown.SchoolB)))!.Children.Count == 2);

        var email = $"agent-cantine@{Slug}.test";
        var agent = (await SendAsync(Slug, s => s.Send(new RegisterStaffMemberCommand("Léa", "Agent", email, "Agent", "agent-cantine")))).Value;
        (await SendAsync(Slug, s => s.Send(new SetPasswordCommand(agent.UserId, TestTown.Password, TestTown.AdministratorSecret)))).IsSuccess.ShouldBeTrue();
        Agent = new TestAccount(agent.UserId, "agent-cantine", email);
    }

    public Task<SheetDto> SheetAsync(string school) => Town.SheetAsync(this, school);

    private async Task UntilAsync(Func<Mediator.ISender, ValueTask<bool>> ready)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await SendAsync(Slug, ready))
        {
            waited.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "Attendance did not receive the children or bookings in time.");
            await Task.Delay(100);
        }
    }
}
