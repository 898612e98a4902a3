using Xunit.Abstractions;

namespace Cantine.Host.Tests.Operations.Faults;

/// <summary>
/// Issue #18, ADR 0038: two real host processes on one database behind nginx (the configuration of
/// <c>./cantine run --instances 2</c>); 40 families press <c>Valider</c> over and over, eight at a time; mid-burst one
/// host is killed with <c>kill -9</c>. Every <c>Valider</c> answered 302 is in the database (its submission's event,
/// once, and the family's saved week); nginx sends everything after the kill to the other host. What is tolerated: a
/// request in flight on the killed host fails (nginx's French 503: a POST already delivered is never replayed); it is
/// then either in the database whole or not at all, and the same form sent again is saved once.
/// </summary>
[Trait("Category", "Faults")]
[Collection(FaultsCollection.Name)]
public sealed class KillDuringValiderTests(KillDuringValiderTests.App app, ITestOutputHelper output) : IClassFixture<KillDuringValiderTests.App>
{
    private const int Families = 40;
    private const int Clients = 8;
    private const int Rounds = 4;

    public sealed class App : ProcessFaultApp
    {
        public const string Slug = "rennes";

        public ReservationsTown Town { get; private set; } = null!;

        public DateOnly Week { get; private set; }

        public IReadOnlyList<FaultFamily> Families { get; private set; } = [];

        public CantineProcess First { get; private set; } = null!;

        public CantineProcess Second { get; private set; } = null!;

        public NginxProxy Nginx { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Town = await ReservationsTown.CreateAsync(this, Slug);
            Week = await Town.OpenWeekAsync(this);
            Families = await FamiliesAsync(Slug, Town.FirstService, KillDuringValiderTests.Families);
            await StopInProcessHostAsync();
            var hosts = await StartProcessesAsync(2, ConnectionString);
            (First, Second) = (hosts[0], hosts[1]);
            Nginx = await NginxProxy.StartAsync(100_000, First.Address, Second.Address);
        }

        public override async ValueTask DisposeAsync()
        {
            if (Nginx is not null)
            {
                await Nginx.DisposeAsync();
            }

            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task Every_acknowledged_Valider_survives_the_kill_and_the_other_instance_serves_the_rest()
    {
        using var load = new ValiderLoad(app.Nginx.Address, App.Slug, app.Week, app.Clock);
        await load.SignInAsync(app.Families);
        var killAt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var acks = 0;
        var killAfter = Families * Rounds * 2 / 5;
        void Acknowledged()
        {
            if (Interlocked.Increment(ref acks) == killAfter)
            {
                killAt.TrySetResult();
            }
        }

        // The instant the killed host is gone (its process reaped), in the load's milliseconds.
        var killer = Task.Run(async () =>
        {
            await killAt.Task;
            var sent = load.Now;
            app.First.Kill();
            return (Sent: sent, Dead: load.Now);
        });

        // Eight parents' browsers at a time, each going through its five families, four rounds of Valider at least, and
        // on until 12 s after the kill: past nginx's fail_timeout (10 s), when it tries the dead instance again.
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async c =>
        {
            for (var round = 0; round < Rounds || !killer.IsCompleted || load.Now < killer.Result.Dead + 12_000; round++)
            {
                for (var family = c; family < Families; family += Clients)
                {
                    await load.ValiderAsync(family, round, Acknowledged);
                }
            }
        }));
        var (sent, dead) = await killer;
        var all = load.Exchanges.OrderBy(e => e.Started).ToList();
        var first = $"127.0.0.1:{app.First.Address.Port}";
        var second = $"127.0.0.1:{app.Second.Address.Port}";
        var failed = all.Where(e => e.Status is not (200 or 302)).ToList();
        output.WriteLine($"{all.Count} exchanges over {all.Max(e => e.Ended):N0} ms, {load.Acknowledged.Count} Valider acknowledged; "
            + $"kill sent at {sent:N0} ms, host gone at {dead:N0} ms; {failed.Count} failed:\n{ValiderLoad.Report(failed)}");

        // Both served before the kill; after it, only the survivor. The failures are requests the killed host held when
        // it died (one per client at most), each nginx's French 503: nothing sent after its death fails.
        all.Where(e => e.Ended < sent && e.Status is 200 or 302).Select(e => e.Instance).Distinct().ShouldBe([first, second], ignoreOrder: true);
        var report = $"kill sent at {sent:N0} ms, host gone at {dead:N0} ms; failures:\n{ValiderLoad.Report(failed)}";
        failed.Count.ShouldBeLessThanOrEqualTo(Clients, report);
        failed.ShouldAllBe(f => f.Started <= dead, report);
        failed.ShouldAllBe(f => f.Status == 503 && f.Body!.Contains("Service momentanément indisponible") && f.Body.Contains("Retry-After: 30"), report);
        all.Where(e => e.Started > dead).ShouldAllBe(e => e.Instance == second);
        all.Where(e => e.Started > dead + 11_000).Count(e => e.Method == "POST").ShouldBeGreaterThan(0, "the burst went on past nginx's fail_timeout");

        // Every acknowledged Valider is stored once (a failed one sent again too), and each family's week is its last.
        await load.ShouldAllBeStoredAsync(app, load.Acknowledged.Count);
        load.Acknowledged.Count.ShouldBeGreaterThanOrEqualTo(Families * Rounds);
    }
}
