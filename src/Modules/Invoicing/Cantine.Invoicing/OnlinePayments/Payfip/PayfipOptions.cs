namespace Cantine.Invoicing.OnlinePayments.Payfip;

/// <summary>
/// Where PayFiP is (section <c>Payfip</c>): its web service, the card page the browser is sent to, and how long to wait for
/// an answer. Production's defaults are the treasury's addresses; Development and the tests point both at the local
/// simulator (ADR 0029).
/// </summary>
public sealed class PayfipOptions
{
    public const string Section = "Payfip";

    /// <summary>The SOAP endpoint of <c>PaiementSecuriseService</c>.</summary>
    public string ServiceUrl { get; set; } = "https://www.payfip.gouv.fr/tpa/services/securite";

    /// <summary>The card page; the browser goes to <c>{PaymentPageUrl}?idop={idOp}</c>.</summary>
    public string PaymentPageUrl { get; set; } = "https://www.payfip.gouv.fr/tpa/paiementws.web";

    /// <summary>How long one call may take before the gateway answers "unreachable" (the attempt is checked again later).</summary>
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>The origin (scheme, host, port) of <see cref="PaymentPageUrl"/>: the form posting to <c>Payer par CB</c> may redirect there.</summary>
    public string PaymentPageOrigin => new Uri(PaymentPageUrl).GetLeftPart(UriPartial.Authority);
}
