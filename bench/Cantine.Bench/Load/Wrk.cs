using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Cantine.Bench.Load;

/// <summary>One wrk run: its rate, its latency percentiles, and the counts its Lua script printed ("BENCH key=value ...").</summary>
public sealed partial record WrkRun(double RequestsPerSecond, double P50Ms, double P99Ms, IReadOnlyDictionary<string, long> Counts, string Output)
{
    public long Count(string key) => Counts.TryGetValue(key, out var value) ? value : 0;

    public string Summary =>
        $"{RequestsPerSecond:N0} req/s, p50 {P50Ms:N1} ms, p99 {P99Ms:N1} ms, " + string.Join(", ", Counts.Select(c => $"{c.Key} {c.Value:N0}"));

    public static WrkRun Parse(string output)
    {
        var rate = RatePattern().Match(output);
        if (!rate.Success)
        {
            throw new InvalidOperationException("wrk printed no rate:\n" + output);
        }

        double Percentile(string p)
        {
            var match = Regex.Match(output, $@"^\s+{p}%\s+([0-9.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
            if (!match.Success)
            {
                return double.NaN;
            }

            var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
        }

        var counts = new Dictionary<string, long>();
        foreach (Match line in BenchPattern().Matches(output))
        {
            foreach (Match pair in PairPattern().Matches(line.Groups[1].Value))
            {
                counts[pair.Groups[1].Value] = long.Parse(pair.Groups[2].Value, CultureInfo.InvariantCulture);
            }
        }

        return new WrkRun(double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture), Percentile("50"), Percentile("99"), counts, output);
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RatePattern();

    [GeneratedRegex(@"^BENCH (.*)$", RegexOptions.Multiline)]
    private static partial Regex BenchPattern();

    [GeneratedRegex(@"(\w+)=(\d+)")]
    private static partial Regex PairPattern();
}

public static class Wrk
{
    /// <summary>Runs Debian's wrk with one of bench/lua's scripts; <paramref name="cookie"/> reaches get.lua as BENCH_COOKIE.</summary>
    public static async Task<WrkRun> RunAsync(
        string luaFolder, string script, Uri url, int threads, int connections, int seconds, IReadOnlyList<string> scriptArgs, string? cookie = null)
    {
        string[] args =
        [
            $"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--latency", "--timeout", "10s",
            "-s", Path.Combine(luaFolder, script), url.AbsoluteUri, "--", .. scriptArgs,
        ];
        var output = await Processes.RunAsync("wrk", args, Environment.CurrentDirectory, new Dictionary<string, string> { ["BENCH_COOKIE"] = cookie ?? string.Empty });
        return WrkRun.Parse(output);
    }
}

public static class Processes
{
    /// <summary>Runs a program to its end and returns what it printed; a non-zero exit code is an error.</summary>
    public static async Task<string> RunAsync(string program, IEnumerable<string> args, string directory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program, args)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout + await stderr;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{output}");
        }

        return output;
    }
}
