namespace Cantine.Invoicing.Contracts.OnlinePayments;

/// <summary>PayFiP's <c>saisie</c>: <c>T</c> test (no money moves), <c>X</c> activation (the treasury's acceptance), <c>W</c> production.</summary>
public static class PayfipEnvironment
{
    public const string Test = "T";
    public const string Activation = "X";
    public const string Production = "W";

    public static readonly IReadOnlyList<string> All = [Test, Activation, Production];

    public static bool IsKnown(string? value) => value is Test or Activation or Production;
}
