using Cantine.Accounts.Contracts.AttachChildToFamily;
using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.CreateService;
using Cantine.Reservations.Contracts.EnrolChild;
using Cantine.Reservations.Contracts.GetBookingSheet;
using Cantine.Reservations.Contracts.SubmitBookings;
using Cantine.Reservations.Domain;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Reservations.Tests.Support;

/// <summary>
/// The product with the town of Lyon (weekly periods, Mon/Tue/Thu/Fri, Thursday 23:59 deadline), its two services,
/// and a clock the tests move. Families and children are created through Accounts' commands; Reservations learns of
/// them through the integration events, which the helpers wait for. One per test class: its own database.
/// </summary>
public class ReservationsApp : CantineApp
{
    public const string Lyon = "lyon";

    /// <summary>Monday 3 November 2031; its deadline is Thursday 30 October 2031 at 23:59 in Paris.</summary>
    public static readonly DateOnly Week = new(2031, 11, 3);

    public static readonly DateTimeOffset WeekDeadline = new(2031, 10, 30, 23, 59, 0, TimeSpan.FromHours(1));


    public TestTown Town { get; private set; } = null!;

    public Guid Lunch { get; private set; }

    public Guid EveningCare { get; private set; }

    protected override async Task SeedAsync()
    {
        Clock.SetParisTime(new DateTime(2031, 10, 1, 12, 0, 0));
        await this.TrackAsync(async () => Town = await TestTown.CreateAsync(this, Lyon));
        Lunch = Ok(await SendAsync(Lyon, s => s.Send(new CreateServiceCommand(
            "1er service", 320, new DateOnly(2031, 1, 1), [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday], true, "Bookings"))));
        EveningCare = Ok(await SendAsync(Lyon, s => s.Send(new CreateServiceCommand(
            "Garderie soir", 150, new DateOnly(2031, 1, 1), [DayOfWeek.Monday, DayOfWeek.Thursday], false, "Attendance"))));
    }


    /// <summary>A new family with its children, each enrolled in lunch; returns the family and the children's ids.</summary>
    public async Task<(Guid FamilyId, Guid[] Children)> FamilyAsync(string name, params string[] children)
    {
        var familyId = Ok(await SendAsync(Lyon, s => s.Send(new RegisterFamilyCommand(name))));
        var ids = new List<Guid>();
        foreach (var first in children)
        {
            ids.Add(await ChildAsync(familyId, first, name));
        }

        return (familyId, [.. ids]);
    }

    public async Task<Guid> ChildAsync(Guid familyId, string first, string last, string school = "École Jules Ferry", string @class = "CP")
    {
        var (id, _) = await this.SendTrackedAsync(Lyon, s => s.Send(new RegisterChildCommand(familyId, first, last, new DateOnly(2024, 5, 1), school, @class)));
        var childId = Ok(id);
        Ok(await SendAsync(Lyon, s => s.Send(new EnrolChildCommand(childId, Lunch))));
        return childId;
    }

    public async Task AttachAsync(Guid childId, Guid familyId)
    {
        var (result, _) = await this.SendTrackedAsync(Lyon, s => s.Send(new AttachChildToFamilyCommand(childId, familyId)));
        Ok(result);
    }

    public async Task<BookingSheetDto> SheetAsync(Guid familyId, DateOnly? day = null, bool forStaff = false) =>
        (await SendAsync(Lyon, s => s.Send(new GetBookingSheetQuery(familyId, day ?? Week, forStaff)))).ShouldNotBeNull();

    /// <summary>Sends `Valider` with the version of the sheet as it is now, unless one is given.</summary>
    public async Task<Result<BookingsSavedDto>> SubmitAsync(
        Guid familyId, IEnumerable<BookingCellInput> ticked, string? version = null, Guid? submissionId = null, DateOnly? periodStart = null)
    {
        version ??= (await SheetAsync(familyId, periodStart)).Version;
        return await SendAsync(Lyon, s => s.Send(new SubmitBookingsCommand(familyId, periodStart ?? Week, [.. ticked], version, submissionId ?? Guid.NewGuid())));
    }

    public BookingCellInput LunchOn(Guid child, int novemberDay) => new(child, Lunch, new DateOnly(2031, 11, novemberDay));

    /// <summary>How many events the family's stream of the period holds (to prove a refusal wrote nothing).</summary>
    public async Task<int> EventCountAsync(Guid familyId, DateOnly? periodStart = null)
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().QuerySession(Lyon);
        return (await session.Events.FetchStreamAsync(FamilyBookings.StreamIdFor(Lyon, familyId, periodStart ?? Week))).Count;
    }

    /// <summary>Runs the Hangfire job's code (what the recurring job calls) at the clock's current time.</summary>
    public async Task RunClosingJobAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Jobs.ClosePeriodsJob>().RunAsync(CancellationToken.None);
    }

    public async Task<ClosedPeriod?> ClosedPeriodAsync(DateOnly periodStart)
    {
        await using var session = Services.GetRequiredService<IDocumentStore>().QuerySession(Lyon);
        return await session.LoadAsync<ClosedPeriod>(ClosedPeriod.IdFor(Lyon, BookingPeriod.Containing(PeriodKind.Week, periodStart)));
    }

    public static T Ok<T>(Result<T> result) => result.ShouldSucceed();

    public static void Ok(Result result) => result.ShouldSucceed();
}
