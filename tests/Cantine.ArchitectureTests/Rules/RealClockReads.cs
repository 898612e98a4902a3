using System.Text.RegularExpressions;

namespace Cantine.ArchitectureTests.Rules;

/// <summary>
/// Finds where test code reads the machine's clock (STYLE §9: time in tests is a clock the test sets). A stopwatch
/// measuring how long a wait lasted is not a reading of the date, and is allowed.
/// </summary>
public static partial class RealClockReads
{
    /// <summary>The test sources that may read the machine's clock, each with the one-line reason why.</summary>
    public static readonly IReadOnlyDictionary<string, string> Allowed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tests/Cantine.Audit.Tests/Features/ListAuditEntriesTests.cs"] =
            "the journal's times are PostgreSQL's event timestamps (mt_events.timestamp), which follow the machine's clock",
        ["tests/Cantine.Host.Tests/Audit/AuditPageTests.cs"] =
            "the journal's day filter applies to PostgreSQL's event timestamps, which follow the machine's clock",
        ["tests/Cantine.ArchitectureTests/Rules/RealClockReads.cs"] = "this rule names the patterns it looks for",
        ["tests/Cantine.ArchitectureTests/RealClockRuleTests.cs"] = "the rule's proof that it can fail feeds it bad code",
        ["bench/Cantine.Bench/Load/LoadBench.cs"] =
            "not a test: the load bench seeds a town for the real host process, whose clock is the machine's, and signs staff in with today's code",
    };

    /// <summary>The offending expressions in <paramref name="source"/>, with their line numbers.</summary>
    public static IReadOnlyList<string> In(string source) =>
        [.. source.Split('\n').Select((line, index) => (line, index))
            .SelectMany(l => Pattern().Matches(l.line).Select(m => $"line {l.index + 1}: {m.Value}"))];

    /// <summary>Every offending expression of the C# sources under tests/ and bench/ outside <see cref="Allowed"/>.</summary>
    public static IReadOnlyList<string> InRepository(string root, out int filesScanned)
    {
        var files = new[] { "tests", "bench" }.Select(d => Path.Combine(root, d)).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj"))
            .ToList();
        filesScanned = files.Count;
        return [.. files.Where(f => !Allowed.ContainsKey(f)).SelectMany(f => In(File.ReadAllText(Path.Combine(root, f))).Select(hit => $"{f} {hit}"))];
    }

    [GeneratedRegex(@"\bTimeProvider\s*\.\s*System\b|\bDateTime(Offset)?\s*\.\s*(Now|UtcNow|Today)\b|\.ComputeTotp\(\s*\)")]
    private static partial Regex Pattern();
}
