using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Host.Pages.Reservations;
using Cantine.Reservations.Contracts.ChangeBookingCalendar;
using Cantine.Reservations.Contracts.EnrolChild;
using Cantine.Testing;

namespace Cantine.Bench;

/// <summary>
/// Issue #4's first benchmark: over HTTP (the in-process test server), against a real PostgreSQL, the booking page
/// of a family with three children for a month and its "Valider" (the POST and the page it redirects to), each
/// compared with the plain static Razor page "/" of the same host (the baseline: ratio 1).
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public partial class BookingPageBenchmarks
{
    private CantineApp _app = null!;
    private PortalClient _parent = null!;
    private string _url = string.Empty;
    private string _version = string.Empty;
    private IReadOnlyList<string> _stateA = [];
    private IReadOnlyList<string> _stateB = [];
    private bool _nextIsA = true;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In-process: the host, its database and its warm caches live in the benchmark's own process.
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1));
        }
    }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _app = new CantineApp();
        await ((Xunit.IAsyncLifetime)_app).InitializeAsync();
        var town = await ReservationsTown.CreateAsync(_app, "bench");
        var family = town.Town.Family.FamilyId;
        var third = (await _app.SendAsync("bench", s => s.Send(new RegisterChildCommand(family, "Zoé", "Durand", new DateOnly(2020, 2, 2), "École A", "GS")))).Value;
        (await _app.SendAsync("bench", s => s.Send(new ChangeBookingCalendarCommand(
            "Month", [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday], DayOfWeek.Thursday, 20, new TimeOnly(23, 59))))).IsSuccess.ShouldBe();
        while (await _app.SendAsync("bench", s => s.Send(new Cantine.Reservations.Contracts.GetChildEnrolments.GetChildEnrolmentsQuery(third))) is null)
        {
            await Task.Delay(100);
        }

        (await _app.SendAsync("bench", s => s.Send(new EnrolChildCommand(third, town.FirstService)))).IsSuccess.ShouldBe();
        (await _app.SendAsync("bench", s => s.Send(new EnrolChildCommand(third, town.EveningCare)))).IsSuccess.ShouldBe();

        _parent = _app.CreatePortalClient();
        await _parent.SignInGuardianAsync("bench", town.Town.Family.Guardian.Login);
        // Two months ahead: open whatever today is (the deadline is the 20th of the month before).
        var month = _app.Clock.ParisToday().AddMonths(2);
        var sheet = await town.SheetAsync(_app, family, month);
        _url = $"/bench/reservations?jour={sheet.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var cells = sheet.Children.SelectMany(c => c.Rows.SelectMany(r => r.Cells.Where(x => x.Bookable).Select(x => BookingGrid.Key(c.ChildId, r.ServiceId, x.Date)))).ToList();
        _stateA = cells.Where((_, i) => i % 2 == 0).ToList();
        _stateB = cells.Where((_, i) => i % 3 == 0).ToList();
        _version = VersionIn(await _parent.Http.GetStringAsync(_url));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _parent.Dispose();
        ((Xunit.IAsyncLifetime)_app).DisposeAsync().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "Plain Razor page (/)")]
    public async Task<int> PlainPage() => (await _parent.Http.GetStringAsync("/")).Length;

    [Benchmark(Description = "Booking page, 3 children, a month")]
    public async Task<int> BookingPage() => (await _parent.Http.GetStringAsync(_url)).Length;

    /// <summary>"Valider" as the parent lives it: the POST of the whole month, then the page it redirects to.</summary>
    [Benchmark(Description = "Valider (POST + redirected page)")]
    public async Task<int> Valider()
    {
        var page = await _parent.Http.GetStringAsync(_url);
        var token = TokenIn(page);
        var ticked = _nextIsA ? _stateA : _stateB;
        _nextIsA = !_nextIsA;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__jeton", token), new("Version", VersionIn(page)), new("SubmissionId", Guid.NewGuid().ToString()),
        };
        fields.AddRange(ticked.Select(t => new KeyValuePair<string, string>(BookingGrid.Field, t)));
        var response = await _parent.Http.PostAsync(_url, new FormUrlEncodedContent(fields));
        if ((int)response.StatusCode != 302)
        {
            throw new InvalidOperationException($"Valider refused: {(int)response.StatusCode}");
        }

        return (await _parent.Http.GetStringAsync(_url)).Length;
    }

    private static string VersionIn(string html) => VersionPattern().Match(html).Groups[1].Value;

    private static string TokenIn(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"Version\" value=\"([^\"]*)\"")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("name=\"__jeton\" type=\"hidden\" value=\"([^\"]*)\"")]
    private static partial Regex TokenPattern();
}

internal static class ResultChecks
{
    public static void ShouldBe(this bool ok)
    {
        if (!ok)
        {
            throw new InvalidOperationException("Benchmark setup refused.");
        }
    }
}
