using System.Text;
using Deque.AxeCore.Commons;

namespace Cantine.EndToEnd.Browser;

/// <summary>axe-core's violations as a reader wants them in a failing test: rule, impact, help, then each element.</summary>
public static class AxeReport
{
    public static string Describe(AxeResultItem[] violations, string where)
    {
        var text = new StringBuilder().AppendLine(
            System.Globalization.CultureInfo.InvariantCulture, $"{violations.Length} axe-core violation(s) on {where}:");
        foreach (var violation in violations)
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}");
                // axe's failure summary: every "any" check failed, or one of "all"/"none" did.
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                foreach (var check in checks)
                {
                    text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"      {check.Message}");
                }
            }
        }

        return text.ToString();
    }
}
