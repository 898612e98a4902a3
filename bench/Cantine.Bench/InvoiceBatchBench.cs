using System.Diagnostics;
using System.Globalization;
using Cantine.Invoicing.Contracts.GetInvoiceBatch;
using Cantine.Invoicing.Contracts.IssueMonthInvoices;
using Cantine.Invoicing.Domain.Copies;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Domain.Parties;
using Cantine.Invoicing.Rendering;
using Cantine.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Bench;

/// <summary>
/// Issue #14's batch benchmark (not BenchmarkDotNet: one long run is the measure). A town of 20,000 families and 30,000
/// children whose month is booked (every Monday, Tuesday, Thursday and Friday, "1er service"), seeded by Marten bulk
/// inserts of Invoicing's own copy documents (families, children, booking months: what the integration event handlers
/// would have written), then the month issued through the real path: <c>IssueMonthInvoicesCommand</c>, the durable
/// <c>RunInvoiceBatch</c> message, <c>ProcessInvoiceBatchCommand</c> chunk after chunk, PDFs included, in PostgreSQL.
/// Measured: the batch's rate (invoices/s) against <c>InvoicePdf.Render</c> alone on one of the issued invoices in the
/// same process, and the booking page's p95 while the batch runs against idle (the page is requested in a closed loop, one
/// request at a time, in the same process as the batch: <c>--no-page-load</c> measures the batch alone).
/// </summary>
public static class InvoiceBatchBench
{
    private const string Slug = "bench";

    public static async Task<int> RunAsync(int families, int children, bool pageLoad = true, bool sizes = false)
    {
        var app = new CantineApp();
        await ((Xunit.IAsyncLifetime)app).InitializeAsync();
        try
        {
            var rc = await RunAsync(app, families, children, pageLoad);
            if (sizes)
            {
                // `--sizes`: the bytes of an invoice (document, events, PDF) for ADR 0040.
                await SizeReport.PrintAsync(app.Database.ConnectionString, Console.WriteLine);
            }

            return rc;
        }
        finally
        {
            await ((Xunit.IAsyncLifetime)app).DisposeAsync();
        }
    }

    private static async Task<int> RunAsync(CantineApp app, int familyCount, int childCount, bool pageLoad)
    {
        var total = Stopwatch.StartNew();
        var town = await ReservationsTown.CreateAsync(app, Slug);
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var service = await UntilAsync(async () =>
        {
            await using var query = store.QuerySession(Slug);
            return await query.LoadAsync<BillingService>(town.FirstService);
        });
        Console.WriteLine($"Invoicing's copy of '{service.Name}': basis {service.Basis}, {service.PriceOn(DateOnly.MinValue)} cents");

        // The month to bill: the clock's current month, then the clock moved to the 10th of the next (as InvoicingTown).
        var today = app.Clock.ParisToday();
        var month = new DateOnly(today.Year, today.Month, 1);
        app.Clock.SetParisTime(month.AddMonths(1).AddDays(9).ToDateTime(new TimeOnly(9, 0)));

        var seeding = Stopwatch.StartNew();
        var familiesSeeded = await SeedAsync(store, service, month, familyCount, childCount);
        Console.WriteLine($"Seeded {familiesSeeded.Families:N0} families, {familiesSeeded.Children:N0} children, {familiesSeeded.Days:N0} booked days in {seeding.Elapsed.TotalSeconds:N1} s");

        // The booking page (the Durand family: two children, a month ahead) while idle.
        using var parent = app.CreatePortalClient();
        await parent.SignInGuardianAsync(Slug, town.Town.Family.Guardian.Login);
        var sheet = await town.SheetAsync(app, town.Town.Family.FamilyId, app.Clock.ParisToday().AddMonths(1));
        var url = $"/{Slug}/reservations?jour={sheet.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        for (var i = 0; i < 20; i++)
        {
            await GetAsync(parent, url);
        }

        var idle = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            idle.Add(await GetAsync(parent, url));
        }

        // InvoicePdf.Render alone before the batch (a document like the batch's: the bills and parties it will print), and
        // again after it on an issued invoice: on a shared machine the load changes between the two, the mean is compared.
        var before = await RenderRateAsync(PreviewDocument(service, month, familiesSeeded.Days / familiesSeeded.Children), TimeSpan.FromSeconds(10));

        // The batch, through the real path; the booking page is loaded in a loop until it completes.
        var batchClock = Stopwatch.StartNew();
        var started = await app.SendAsync(Slug, s => s.Send(new IssueMonthInvoicesCommand(month)));
        if (!started.IsSuccess)
        {
            throw new InvalidOperationException("The batch was refused: " + string.Join("; ", started.Errors.Select(e => e.Message)));
        }

        var busy = new List<double>();
        InvoiceBatchDto? batch = null;
        var lastCheck = Stopwatch.StartNew();
        while (true)
        {
            if (pageLoad)
            {
                busy.Add(await GetAsync(parent, url));
            }
            else
            {
                await Task.Delay(100);
            }

            if (lastCheck.ElapsedMilliseconds < 500)
            {
                continue;
            }

            lastCheck.Restart();
            batch = await app.SendAsync(Slug, s => s.Send(new GetInvoiceBatchQuery(month)));
            if (batch is { IsCompleted: true })
            {
                break;
            }

            if (batchClock.Elapsed > TimeSpan.FromMinutes(30))
            {
                throw new TimeoutException($"The batch did not complete in 30 minutes: {batch?.FamiliesDone} / {batch?.FamilyCount}.");
            }
        }

        var batchSeconds = batchClock.Elapsed.TotalSeconds;

        // InvoicePdf.Render alone, on one of the invoices the batch issued (same document, same process, after the batch).
        Invoice sample;
        await using (var query = store.QuerySession(Slug))
        {
            sample = (await query.Query<Invoice>().Where(i => i.Month == month).Take(1).ToListAsync()).Single();
        }

        var after = await RenderRateAsync(sample.Document, TimeSpan.FromSeconds(10));
        var renderRate = (before.Rate + after.Rate) / 2;
        var batchRate = batch.InvoicesIssued / batchSeconds;
        var idleP95 = Percentile(idle, 0.95);
        var busyP95 = pageLoad ? Percentile(busy, 0.95) : double.NaN;

        Console.WriteLine();
        Console.WriteLine($"Invoicing batch, {familyCount:N0} families / {childCount:N0} children, month {month:yyyy-MM} (chunks of the configured size)");
        Console.WriteLine($"  batch: {batch.InvoicesIssued:N0} invoices (+{batch.CarriedCount:N0} carried) for {batch.FamiliesDone:N0} families in {batchSeconds:N1} s = {batchRate:N1} invoices/s (goal: under 120 s)");
        Console.WriteLine($"  InvoicePdf.Render alone: before the batch {before.Rate:N1} /s ({before.Bytes:N0} bytes), after it on an issued invoice {after.Rate:N1} /s ({after.Bytes:N0} bytes); mean {renderRate:N1} /s");
        Console.WriteLine($"  batch rate / render rate: {batchRate / renderRate:P0} (goal: at least 60 %)");
        Console.WriteLine($"  booking page p95: idle {idleP95:N1} ms ({idle.Count} requests, median {Percentile(idle, 0.5):N1} ms); during the batch {(pageLoad ? $"{busyP95:N1} ms ({busy.Count} requests, median {Percentile(busy, 0.5):N1} ms)" : "not loaded (--no-page-load)")}; ratio {busyP95 / idleP95:N2} (goal: at most 2)");
        Console.WriteLine($"  whole run {total.Elapsed.TotalSeconds:N0} s");
        return 0;
    }

    private static async Task<(int Families, int Children, int Days)> SeedAsync(IDocumentStore store, BillingService service, DateOnly month, int familyCount, int childCount)
    {
        var days = Enumerable.Range(0, DateTime.DaysInMonth(month.Year, month.Month)).Select(month.AddDays)
            .Where(d => d.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Tuesday or DayOfWeek.Thursday or DayOfWeek.Friday).ToList();
        var price = service.PriceOn(month);
        var at = new DateTimeOffset(month.AddDays(-10).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var families = new List<FamilyCopy>(familyCount);
        var children = new List<BillingChild>(childCount);
        var bookings = new List<BookingMonth>(familyCount);
        var booked = 0;
        for (var f = 0; f < familyCount; f++)
        {
            var familyId = Guid.CreateVersion7();
            var name = $"Famille{f:00000}";
            families.Add(new FamilyCopy(familyId, name, Guid.CreateVersion7(), $"Parent {name}", $"{f % 200 + 1} rue des Écoles", "73000", "Chambéry", $"parent{f}@bench.test", 1));
            // The first (childCount - familyCount) families have two children, the others one.
            var own = f < childCount - familyCount ? 2 : 1;
            var bookedDays = new List<BookedDay>(own * days.Count);
            for (var c = 0; c < own; c++)
            {
                var childId = Guid.CreateVersion7();
                children.Add(new BillingChild(childId, [familyId], c == 0 ? "Léa" : "Hugo", name));
                bookedDays.AddRange(days.Select(d => new BookedDay(childId, service.Id, d, price, true, at)));
            }

            booked += bookedDays.Count;
            bookings.Add(new BookingMonth(BookingMonth.IdFor(familyId, month), familyId, month, bookedDays));
        }

        await store.BulkInsertAsync(Slug, families, batchSize: 2000);
        await store.BulkInsertAsync(Slug, children, batchSize: 2000);
        await store.BulkInsertAsync(Slug, bookings, batchSize: 1000);
        return (families.Count, children.Count, booked);
    }

    private static Task<(double Rate, int Bytes)> RenderRateAsync(InvoiceDocument document, TimeSpan during)
    {
        var bytes = 0;
        for (var i = 0; i < 20; i++)
        {
            bytes = InvoicePdf.Render(document).Length;
        }

        var renders = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < during)
        {
            InvoicePdf.Render(document);
            renders++;
        }

        return Task.FromResult((renders / clock.Elapsed.TotalSeconds, bytes));
    }

    /// <summary>
    /// Before the batch: a twin of what the batch prints for a seeded family with two children (two lines of the month's
    /// booked days, the same issuer and address shapes); after the batch the bench renders a real issued invoice instead.
    /// </summary>
    private static InvoiceDocument PreviewDocument(BillingService service, DateOnly month, int days)
    {
        var price = service.PriceOn(month);
        Cantine.Invoicing.Domain.Billing.BillLine Line(string child) =>
            new(Guid.NewGuid(), $"{child} Famille00000", service.Id, service.Name, service.Name, days, price, days * price, null);
        var end = month.AddMonths(1).AddDays(-1);
        return new InvoiceDocument(
            "Facture", $"{month.Year}-000001", end.AddDays(10), end.AddDays(40), month, end,
            new InvoiceIssuer("Ville de Bench", ["1 place de la Mairie", "73000 Chambéry"], "04 79 00 00 00", "mairie@bench.test", null, false, "Régie de la cantine"),
            new InvoiceRecipient(Guid.NewGuid(), "Famille00000", "Parent Famille00000", ["1 rue des Écoles", "73000 Chambéry"]),
            [Line("Léa"), Line("Hugo")], 2 * days * price, 0, false, null);
    }

    private static async Task<double> GetAsync(PortalClient client, string url)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.Http.GetAsync(url);
        _ = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}.");
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static async Task<T> UntilAsync<T>(Func<Task<T?>> read)
        where T : class
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (await read() is { } value)
            {
                return value;
            }

            if (waited.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("Invoicing did not receive the town's service in time.");
            }

            await Task.Delay(100);
        }
    }
}
