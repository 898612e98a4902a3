namespace Cantine.Invoicing.Domain.OnlinePayments;

/// <summary>
/// What PayFiP answered when asked for an operation's detail, as the decisions read it: a detail (<see cref="Fields"/>), or
/// no outcome yet with PayFiP's code (<c>P5</c> in progress, <c>P1</c> unknown) or <c>unreachable</c>.
/// </summary>
public sealed record PayfipAnswer(PayfipFields? Fields, string? Code)
{
    public const string Unreachable = "unreachable";

    public static PayfipAnswer Of(PayfipFields fields) => new(fields, null);

    public static PayfipAnswer NoOutcome(string code) => new(null, code);

    /// <summary>PayFiP knows no outcome (in progress, or the operation is unknown): as opposed to not answering at all.</summary>
    public bool PayfipSaidNoOutcome => Fields is null && Code is not Unreachable;
}
