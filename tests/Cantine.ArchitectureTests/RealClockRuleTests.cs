using Cantine.ArchitectureTests.Rules;

namespace Cantine.ArchitectureTests;

/// <summary>
/// Tests never read the machine's clock (STYLE §9, issue #10): the suite went red on a Saturday near Christmas
/// because a helper computed "today + 14 days". Every date comes from the host's test clock.
/// </summary>
public sealed class RealClockRuleTests
{
    [Fact]
    public void No_test_reads_the_machines_clock_outside_the_allow_list()
    {
        var offences = RealClockReads.InRepository(Repository.Root, out var scanned);

        scanned.ShouldBeGreaterThan(100, "the scan must see the test sources");
        offences.ShouldBeEmpty("use the host's test clock (CantineApp.Clock), or add the file to RealClockReads.Allowed with its reason:\n" + string.Join('\n', offences));
    }

    [Fact]
    public void The_rule_finds_every_way_of_reading_the_machines_clock()
    {
        const string bad = """
            var a = TimeProvider.System.GetUtcNow();
            var b = DateTime.Now; var c = DateTime.UtcNow; var d = DateTime.Today;
            var e = DateTimeOffset.Now; var f = DateTimeOffset . UtcNow;
            var g = new Totp(key).ComputeTotp();
            """;

        RealClockReads.In(bad).Count.ShouldBe(7, string.Join('\n', RealClockReads.In(bad)));
    }

    [Fact]
    public void The_rule_lets_the_test_clock_and_stopwatches_through()
    {
        const string good = """
            var a = app.Clock.GetUtcNow(); var b = app.Clock.ParisToday();
            var c = new Totp(key).ComputeTotp(app.Clock.GetUtcNow().UtcDateTime);
            var waited = System.Diagnostics.Stopwatch.StartNew(); var d = DateTimeOffset.UnixEpoch;
            """;

        RealClockReads.In(good).ShouldBeEmpty();
    }

    [Fact]
    public void Every_allowed_file_still_exists()
    {
        RealClockReads.Allowed.Keys.Where(f => !File.Exists(Path.Combine(Repository.Root, f))).ShouldBeEmpty();
    }
}
