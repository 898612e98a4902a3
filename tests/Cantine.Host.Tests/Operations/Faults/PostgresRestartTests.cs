using System.Net;
using Xunit.Abstractions;

namespace Cantine.Host.Tests.Operations.Faults;

/// <summary>
/// Issue #18, ADR 0038: PostgreSQL stopped (<c>pg_ctl stop -m fast</c>) and started again under a loop of page reads and
/// <c>Valider</c> posts against a real host process. The cluster is the class's own (<see cref="ScratchCluster"/>): the
/// shared test cluster is never restarted. During the outage every page answers the French 503 with <c>Retry-After</c>
/// (never a stack trace) and <c>/health/ready</c> says not ready; the pages answer again within 30 s of the restart;
/// nothing acknowledged is lost, and a <c>Valider</c> refused during the outage is saved once when sent again.
/// </summary>
[Trait("Category", "Faults")]
[Collection(FaultsCollection.Name)]
public sealed class PostgresRestartTests(PostgresRestartTests.App app, ITestOutputHelper output) : IClassFixture<PostgresRestartTests.App>
{
    private const int Families = 8;

    public sealed class App : ProcessFaultApp
    {
        public const string Slug = "nantes";

        private ScratchCluster? _cluster;

        public ScratchCluster Cluster => _cluster ?? throw new InvalidOperationException("Not started.");

        public override string ConnectionString => Cluster.ConnectionString("cantine");

        public ReservationsTown Town { get; private set; } = null!;

        public DateOnly Week { get; private set; }

        public IReadOnlyList<FaultFamily> Families { get; private set; } = [];

        public CantineProcess Portal { get; private set; } = null!;

        // The in-process host that seeds the town works on the class's cluster too.
        protected override Func<string, string>? Connect => _ => ConnectionString;

        protected override async Task BeforeHostStartsAsync()
        {
            _cluster = await ScratchCluster.StartAsync();
            await Cluster.CreateDatabaseAsync("cantine");
        }

        protected override async Task SeedAsync()
        {
            Town = await ReservationsTown.CreateAsync(this, Slug);
            Week = await Town.OpenWeekAsync(this);
            Families = await FamiliesAsync(Slug, Town.FirstService, PostgresRestartTests.Families);
            await StopInProcessHostAsync();
            Portal = (await StartProcessesAsync(1, ConnectionString))[0];
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (_cluster is not null)
            {
                await _cluster.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Pages_answer_a_french_503_during_the_outage_and_again_within_30_s_and_nothing_acknowledged_is_lost()
    {
        using var load = new ValiderLoad(app.Portal.Address, App.Slug, app.Week, app.Clock);
        await load.SignInAsync(app.Families);
        using var probe = new HttpClient { BaseAddress = app.Portal.Address, Timeout = TimeSpan.FromSeconds(20) };
        var stop = new CancellationTokenSource();
        var rounds = new int[Families];

        // Each family: its home page, then Valider on its week, again and again until told to stop.
        var parents = Enumerable.Range(0, Families).Select(family => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await load.ReadAsync(family, $"/{App.Slug}/accueil");
                await load.ValiderAsync(family, rounds[family]++);
            }
        })).ToList();

        // The load runs (every family saved once at least) before PostgreSQL goes away.
        while (load.Acknowledged.Count < 2 * Families)
        {
            load.Now.ShouldBeLessThan(60_000, "the load did not start");
            await Task.Delay(50);
        }

        var acknowledgedBefore = load.Acknowledged.Count;
        var stopping = load.Now;
        await app.Cluster.StopServerAsync();
        var stopped = load.Now;
        await Task.Delay(TimeSpan.FromSeconds(3));
        var ready = await probe.GetAsync("/health/ready");
        await app.Cluster.StartServerAsync();
        var started = load.Now;

        // The pages answer again: the first page of any family answered 200 after the restart, within 30 s.
        while (!load.Exchanges.Any(e => e.Started >= started && e.Status == 200))
        {
            (load.Now - started).ShouldBeLessThan(30_000, "no page answered within 30 s of the restart");
            await Task.Delay(50);
        }

        var back = load.Exchanges.Where(e => e.Started >= started && e.Status == 200).Min(e => e.Ended);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await Task.WhenAll(parents);

        output.WriteLine($"stopping at {stopping:N0} ms, stopped at {stopped:N0}, started at {started:N0}, first page 200 at {back:N0} ({back - started:N0} ms after the restart); "
            + $"{load.Exchanges.Count} exchanges, {load.Acknowledged.Count} Valider acknowledged, {load.Exchanges.Count(e => e.Status == 503)} French 503s");
        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, "/health/ready during the outage");
        acknowledgedBefore.ShouldBeGreaterThan(0, "the load ran before the outage");
        var failed = load.Exchanges.Where(e => e.Status is not (200 or 302)).ToList();
        var report = ValiderLoad.Report(failed);
        failed.ShouldNotBeEmpty("the outage was seen by the parents");
        failed.ShouldAllBe(e => e.Status == 503, $"the host always answers, with its 503 (stopping at {stopping:N0}, stopped at {stopped:N0}, started at {started:N0} ms):\n{report}");
        failed.ShouldAllBe(e => e.Body!.Contains("Service momentanément indisponible") && e.Body.Contains("Retry-After: 30"), report);
        failed.ShouldAllBe(e => !e.Body!.Contains("Exception") && !e.Body.Contains("Npgsql") && !e.Body.Contains(" at "), report);
        failed.ShouldAllBe(e => e.Started >= stopping - 1000 && e.Ended <= back + 1000, $"failures outside the outage:\n{report}");
        load.Exchanges.Count(e => e.Started > back && e.Method == "POST" && e.Status == 302).ShouldBeGreaterThan(0, "Valider works again after the restart");

        await load.ShouldAllBeStoredAsync(app, rounds.Sum());
    }
}
