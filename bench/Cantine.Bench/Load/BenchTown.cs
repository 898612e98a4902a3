using System.Diagnostics;
using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Contracts.SetPassword;
using Cantine.Reservations.Contracts.CorrectBookings;
using Cantine.Reservations.Contracts.EnrolChild;
using Cantine.Reservations.Contracts.GetBookingSheet;
using Cantine.Reservations.Contracts.GetChildEnrolments;
using Cantine.Reservations.Contracts.SubmitBookings;
using Cantine.Reservations.Domain;
using Cantine.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Bench.Load;

/// <summary>
/// The load bench's town (issue #16), built in a product host of the bench's own process and then left in its database
/// for the real host process: town "bench" (monthly booking periods), the Durand family with three children whose month
/// is booked (the measured booking page), a few families (one per `Valider` connection) with a guardian each for the `Valider`
/// load, and at realistic size 20,000 families and 30,000 children with a school year of monthly bookings written as
/// booking events (five per family and month: opened, then four weekly submissions — 1,000,000 events), which the bench
/// also rebuilds (P5).
/// </summary>
public sealed class BenchTown
{
    public const string Slug = "bench";

    public required ReservationsTown Town { get; init; }

    public required DateOnly OpenMonth { get; init; }

    public required DateOnly SheetDay { get; init; }

    public required IReadOnlyList<string> ValiderLogins { get; init; }

    public required long BookingEvents { get; init; }

    public required TimeSpan Seeding { get; init; }

    public required TimeSpan Rebuild { get; init; }

    public required int RebuiltDocuments { get; init; }

    public static async Task<BenchTown> CreateAsync(CantineApp app, int familyCount, int childCount, int valider, Action<string> say)
    {
        var town = await ReservationsTown.CreateAsync(app, Slug, periodKind: "Month");
        var durand = town.Town.Family.FamilyId;
        var lina = (await app.SendAsync(Slug, s => s.Send(new RegisterChildCommand(durand, "Lina", "Durand", new DateOnly(2020, 9, 3), "École A", "GS")))).ShouldSucceed();
        await UntilEnrolableAsync(app, lina);
        foreach (var service in new[] { town.FirstService, town.EveningCare })
        {
            (await app.SendAsync(Slug, s => s.Send(new EnrolChildCommand(lina, service)))).ShouldSucceed();
        }

        // The first month the parents can still book, every opening day of the first service ticked for the three children.
        var sheet = await town.SheetAsync(app, durand, null);
        for (var i = 0; i < 6 && !(sheet.IsOpen && Bookable(sheet, town.FirstService).Any()); i++)
        {
            sheet = await town.SheetAsync(app, durand, sheet.NextPeriodStart);
        }

        if (!sheet.IsOpen)
        {
            throw new InvalidOperationException("No open month within six months.");
        }

        var admin = town.Town.Administrator.UserId;
        var cells = sheet.Children.SelectMany(c => c.Rows.Where(r => r.ServiceId == town.FirstService)
            .SelectMany(r => r.Cells.Where(x => x.Bookable).Select(x => new BookingCellInput(c.ChildId, r.ServiceId, x.Date)))).ToList();
        (await app.SendAsync(Slug, s => s.Send(new CorrectBookingsCommand(durand, sheet.PeriodStart, cells, sheet.Version, admin)))).ShouldSucceed();
        say($"Durand family: 3 children, {cells.Count} days booked in the month of {sheet.PeriodStart:yyyy-MM-dd}");

        // The agent's sheet: the next opening day, with the Durand and Roux children booked on it by staff.
        var sheetDay = NextOpeningDay(app.Clock.ParisToday());
        foreach (var family in new[] { town.Town.OtherFamily.FamilyId, durand })
        {
            var week = await town.SheetAsync(app, family, sheetDay, forStaff: true);
            var ticked = week.Children.SelectMany(c => c.Rows.Where(r => r.ServiceId == town.FirstService)
                .SelectMany(r => r.Cells.Where(x => (x.Booked || x.Date == sheetDay) && !x.HeldByOtherFamily).Select(x => new BookingCellInput(c.ChildId, r.ServiceId, x.Date)))).ToList();
            (await app.SendAsync(Slug, s => s.Send(new CorrectBookingsCommand(family, week.PeriodStart, ticked, week.Version, admin)))).ShouldSucceed();
        }

        var logins = new List<string>();
        for (var f = 0; f < valider; f++)
        {
            logins.Add(await ValiderFamilyAsync(app, town, f));
        }

        say($"{valider} families with a guardian each for the Valider load");

        var store = app.Services.GetRequiredService<IDocumentStore>();
        var clock = Stopwatch.StartNew();
        var events = await SeedAtSizeAsync(store, town, app.Clock.ParisToday(), familyCount, childCount, say);
        var seeding = clock.Elapsed;
        say($"Seeded {familyCount:N0} families, {childCount:N0} children, {events:N0} booking events in {seeding.TotalSeconds:N0} s");

        // P5: every document projected from the booking events, rebuilt by Marten's projection daemon.
        clock.Restart();
        using (var daemon = await store.BuildProjectionDaemonAsync())
        {
            await daemon.RebuildProjectionAsync<FamilyBookings>(CancellationToken.None);
        }

        var rebuild = clock.Elapsed;
        int rebuilt;
        await using (var query = store.QuerySession(Slug))
        {
            rebuilt = await query.Query<FamilyBookings>().CountAsync();
        }

        say($"Rebuilt {rebuilt:N0} family-period documents from the booking events in {rebuild.TotalSeconds:N1} s");
        return new BenchTown
        {
            Town = town, OpenMonth = sheet.PeriodStart, SheetDay = sheetDay, ValiderLogins = logins, BookingEvents = events,
            Seeding = seeding, Rebuild = rebuild, RebuiltDocuments = rebuilt,
        };
    }

    /// <summary>A family with a guardian (password <see cref="TestTown.Password"/>) and two children enrolled in the first service.</summary>
    private static async Task<string> ValiderFamilyAsync(CantineApp app, ReservationsTown town, int index)
    {
        var name = $"Valider{index:00}";
        var login = $"valider{index:00}";
        var family = (await app.SendAsync(Slug, s => s.Send(new RegisterFamilyCommand(name)))).ShouldSucceed();
        var guardian = (await app.SendAsync(Slug, s => s.Send(new RegisterGuardianCommand(family, "Mme", "Camille", name, $"{login}@bench.test", "06 00 00 00 00", login)))).ShouldSucceed();
        (await app.SendAsync(Slug, s => s.Send(new SetPasswordCommand(guardian.UserId, TestTown.Password)))).ShouldSucceed();
        foreach (var first in new[] { "Alix", "Basile" })
        {
            var child = (await app.SendAsync(Slug, s => s.Send(new RegisterChildCommand(family, first, name, new DateOnly(2018, 1, 1), "École B", "CE1")))).ShouldSucceed();
            await UntilEnrolableAsync(app, child);
            (await app.SendAsync(Slug, s => s.Send(new EnrolChildCommand(child, town.FirstService)))).ShouldSucceed();
        }

        return login;
    }

    /// <summary>
    /// Families and children as Reservations knows them (copies and enrolments, bulk-inserted documents) and their
    /// bookings from September to June as events through Marten's event store, the inline projection included: a
    /// family's month is one stream, opened then submitted once a week (Monday, Tuesday, Thursday, Friday).
    /// </summary>
    private static async Task<long> SeedAtSizeAsync(IDocumentStore store, ReservationsTown town, DateOnly today, int familyCount, int childCount, Action<string> say)
    {
        var families = new List<(Guid Family, Guid[] Children)>(familyCount);
        var copies = new List<ChildCopy>(childCount);
        var enrolments = new List<ChildEnrolments>(childCount);
        for (var f = 0; f < familyCount; f++)
        {
            var family = Guid.CreateVersion7();
            var own = f < childCount - familyCount ? 2 : 1;
            var children = new Guid[own];
            for (var c = 0; c < own; c++)
            {
                children[c] = Guid.CreateVersion7();
                copies.Add(new ChildCopy(children[c], [family], c == 0 ? "Léa" : "Hugo", $"Famille{f:00000}", c == 0 ? "École A" : "École B", "CE1"));
                enrolments.Add(new ChildEnrolments(ChildEnrolments.StreamIdFor(children[c]), children[c], [town.FirstService]));
            }

            families.Add((family, children));
        }

        await store.BulkInsertAsync(Slug, copies, batchSize: 2000);
        await store.BulkInsertAsync(Slug, enrolments, batchSize: 2000);

        var year = today.Month >= 8 ? today.Year : today.Year - 1;
        var months = Enumerable.Range(0, 10).Select(m => new DateOnly(year, 9, 1).AddMonths(m)).ToList();
        var at = new DateTimeOffset(year, 8, 20, 12, 0, 0, TimeSpan.Zero);
        long events = 0;
        var clock = Stopwatch.StartNew();
        const int StreamsPerSave = 400;
        foreach (var month in months)
        {
            var end = month.AddMonths(1).AddDays(-1);
            var weeks = Enumerable.Range(0, end.Day).Select(month.AddDays)
                .Where(d => d.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Tuesday or DayOfWeek.Thursday or DayOfWeek.Friday)
                .GroupBy(d => d.DayNumber / 7).Select(g => g.ToList()).ToList();
            var chunks = families.Chunk(StreamsPerSave).ToList();
            await Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (chunk, ct) =>
            {
                await using var session = store.LightweightSession(Slug);
                foreach (var (family, children) in chunk)
                {
                    var stream = FamilyBookings.StreamIdFor(Slug, family, month);
                    var appended = new List<object>(5) { new FamilyPeriodOpened(stream, family, PeriodKind.Month, month, end) };
                    foreach (var week in weeks.Take(4))
                    {
                        var booked = children.SelectMany(c => week.Select(d => new BookedCell(c, town.FirstService, d))).ToList();
                        appended.Add(new BookingsSubmitted(family, month, Guid.NewGuid(), booked, [], at));
                    }

                    session.Events.StartStream<FamilyBookings>(stream, appended);
                    Interlocked.Add(ref events, appended.Count);
                }

                await session.SaveChangesAsync(ct);
            });
            say($"  {month:yyyy-MM}: {Interlocked.Read(ref events):N0} booking events so far ({Interlocked.Read(ref events) / clock.Elapsed.TotalSeconds:N0} /s)");
        }

        return events;
    }

    private static IEnumerable<BookingCellDto> Bookable(BookingSheetDto sheet, Guid service) =>
        sheet.Children.SelectMany(c => c.Rows).Where(r => r.ServiceId == service).SelectMany(r => r.Cells).Where(c => c.Bookable);

    private static DateOnly NextOpeningDay(DateOnly from)
    {
        var day = from;
        while (day.DayOfWeek is not (DayOfWeek.Monday or DayOfWeek.Tuesday or DayOfWeek.Thursday or DayOfWeek.Friday))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static async Task UntilEnrolableAsync(CantineApp app, Guid child)
    {
        var waited = Stopwatch.StartNew();
        while (await app.SendAsync(Slug, async s => await s.Send(new GetChildEnrolmentsQuery(child))) is null)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("Reservations did not receive the child from Accounts in time.");
            }

            await Task.Delay(100);
        }
    }
}
