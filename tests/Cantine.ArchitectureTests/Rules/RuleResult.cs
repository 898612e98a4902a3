namespace Cantine.ArchitectureTests.Rules;

/// <summary>What a rule looked at (empty means it proved nothing) and what broke it.</summary>
public sealed record RuleResult(string Rule, IReadOnlyList<string> Selected, IReadOnlyList<string> Failing)
{
    public static RuleResult From(string rule, IEnumerable<string> selected, IEnumerable<string> failing) =>
        new(rule, [.. selected.Distinct().Order(StringComparer.Ordinal)], [.. failing.Distinct().Order(StringComparer.Ordinal)]);
}
