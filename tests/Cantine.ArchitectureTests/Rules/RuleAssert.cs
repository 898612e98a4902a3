using Xunit.Abstractions;

namespace Cantine.ArchitectureTests.Rules;

internal static class RuleAssert
{
    /// <summary>
    /// The rule selected something (NetArchTest and LINQ pass silently on an empty selection) and
    /// nothing in the selection breaks it; the offenders are printed by name.
    /// </summary>
    public static void Holds(RuleResult result, ITestOutputHelper output)
    {
        output.WriteLine($"{result.Rule}: {result.Selected.Count} selected");
        foreach (var failing in result.Failing)
        {
            output.WriteLine($"  breaks the rule: {failing}");
        }

        result.Selected.ShouldNotBeEmpty($"'{result.Rule}' selected nothing, so it proves nothing: check its selection.");
        result.Failing.ShouldBeEmpty(
            $"'{result.Rule}' is broken by:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", result.Failing)}");
    }

    /// <summary>Used on deliberately bad input: the rule reports exactly these offenders, no more, no fewer.</summary>
    public static void ReportsExactly(RuleResult result, params string[] expected)
    {
        result.Selected.ShouldNotBeEmpty();
        result.Failing.ShouldBe(expected.Order(StringComparer.Ordinal).ToList(), ignoreOrder: false);
    }
}
