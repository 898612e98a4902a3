using System.Globalization;
using System.Text;

namespace Cantine.Bench.Load;

/// <summary>`Valider` under load: wrk's run (GETs and POSTs), and the POSTs alone as the Lua script logged them.</summary>
public sealed record ValiderRun(WrkRun Wrk, IReadOnlyList<(int Status, double Ms)> Posts, int Lost, int Seconds)
{
    public int Acknowledged => Posts.Count(p => p.Status == 302);

    /// <summary>POSTs answered with anything but the 302 of an accepted `Valider` (a refusal, an error).</summary>
    public int NotAcknowledged => Posts.Count - Acknowledged;

    public double PerSecond => Acknowledged / (double)Seconds;

    public double P99Ms => Percentile(0.99);

    public double P50Ms => Percentile(0.50);

    public string Summary =>
        $"{PerSecond:N0} Valider/s ({Acknowledged:N0} acknowledged, {NotAcknowledged:N0} not), POST p50 {P50Ms:N1} ms, p99 {P99Ms:N1} ms, " +
        $"socket errors {Wrk.Output.Split('\n').FirstOrDefault(l => l.Contains("Socket errors", StringComparison.Ordinal))?.Trim() ?? "none"}, lost {Lost}";

    private double Percentile(double p)
    {
        var sorted = Posts.Select(x => x.Ms).Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}

/// <summary>Everything one run measured, and the table of ratios against issue #16's goals.</summary>
public sealed class Results
{
    public required BenchTown Town { get; init; }

    public required int Families { get; init; }

    public required int Children { get; init; }

    public required int Seconds { get; init; }

    public required int Iterations { get; init; }

    public TimeSpan ColdStart { get; set; }

    public TimeSpan ColdStartWarmCache { get; set; }

    public Dictionary<string, WrkRun> Pages { get; } = [];

    public (double Now, double Peak) Memory { get; set; }

    public ValiderRun? Valider { get; set; }

    public WrkRun? SignIn { get; set; }

    public WrkRun? Limited { get; set; }

    public double Hasher { get; set; }

    public double PgbenchTps { get; set; }

    public string Table()
    {
        var c = CultureInfo.InvariantCulture;
        var t = new StringBuilder();
        t.AppendLine(c, $"Cantine bench — town of {Families:N0} families, {Children:N0} children, {Town.BookingEvents:N0} booking events; {Environment.ProcessorCount} cores; {Seconds} s per run");
        t.AppendLine();
        t.AppendLine("| goal | measured | baseline | ratio | target | met |");
        t.AppendLine("|---|---|---|---|---|---|");
        var plain = Pages.First().Value;
        foreach (var (name, run) in Pages.Skip(1))
        {
            var ratio = run.RequestsPerSecond / plain.RequestsPerSecond;
            var ok = ratio >= 0.30 && run.P99Ms <= 30 && run.Count("other") == 0;
            t.AppendLine(c, $"| P1 {name}, 16 conn. | {run.RequestsPerSecond:N0} req/s, p99 {run.P99Ms:N1} ms, non-200 {run.Count("other")} | plain page {plain.RequestsPerSecond:N0} req/s | {ratio:P1} | ≥ 30 %, p99 ≤ 30 ms | {Met(ok)} |");
        }

        if (Valider is { } v)
        {
            var ratio = v.PerSecond / PgbenchTps;
            var ok = ratio >= 0.40 && v.P99Ms <= 100 && v.NotAcknowledged == 0 && v.Lost == 0;
            t.AppendLine(c, $"| P2 Valider, {Town.ValiderLogins.Count} conn. | {v.PerSecond:N0} /s, POST p99 {v.P99Ms:N1} ms, {v.NotAcknowledged} not acknowledged, {v.Lost} lost | pgbench TPC-B {PgbenchTps:N0} tps | {ratio:P1} | ≥ 40 %, p99 ≤ 100 ms, 0 errors, 0 lost | {Met(ok)} |");
        }

        if (SignIn is { } s)
        {
            var ratio = s.RequestsPerSecond / Hasher;
            t.AppendLine(c, $"| P3 sign-in | {s.RequestsPerSecond:N1} /s, other {s.Count("other")} | raw PBKDF2 ({Iterations:N0} it.) {Hasher:N1} /s | {ratio:P1} | ≥ 90 % | {Met(ratio >= 0.90 && s.Count("other") == 0)} |");
        }

        if (Limited is { } l)
        {
            var ok = l.Count("limited") > 0 && l.Count("timeouts") == 0 && l.Count("other") == 0;
            t.AppendLine(c, $"| P3 beyond the limit (5 a minute) | {l.Count("signedin")} signed in, {l.Count("limited")} × 429, {l.Count("other")} other, {l.Count("timeouts")} time-outs | — | — | 429s, no time-out | {Met(ok)} |");
        }

        var perMillion = Town.Rebuild.TotalSeconds * 1_000_000 / Math.Max(1, Town.BookingEvents);
        t.AppendLine(c, $"| P5 projection rebuild | {Town.BookingEvents:N0} events → {Town.RebuiltDocuments:N0} documents in {Town.Rebuild.TotalSeconds:N1} s | — | {perMillion:N1} s per 1,000,000 events | ≤ 60 s | {Met(perMillion <= 60)} |");
        t.AppendLine(c, $"| P6 cold start | {ColdStart.TotalSeconds:N2} s to the first 200 (again: {ColdStartWarmCache.TotalSeconds:N2} s) | — | — | ≤ 3 s | {Met(ColdStart.TotalSeconds <= 3)} |");
        t.AppendLine(c, $"| P6 memory under P1's load | {Memory.Now:N0} MB resident (peak {Memory.Peak:N0} MB) | — | — | ≤ 400 MB | {Met(Memory.Peak <= 400)} |");
        t.AppendLine();
        t.AppendLine(c, $"Seeding took {Town.Seeding.TotalSeconds:N0} s. Pages: wrk -t1 -c16, second of two alternating rounds after a warm-up. Valider: one connection per parent, each on a month of their own.");
        return t.ToString();
    }

    private static string Met(bool ok) => ok ? "met" : "**not met**";
}
