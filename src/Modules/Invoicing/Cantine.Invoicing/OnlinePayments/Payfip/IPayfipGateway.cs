namespace Cantine.Invoicing.OnlinePayments.Payfip;

/// <summary>
/// PayFiP's web service (the DGFiP's <c>PaiementSecuriseService</c>, SOAP): create an operation, read its outcome. The
/// implementation speaks SOAP through System.ServiceModel (<c>PayfipSoapGateway</c>); tests and the demo point it at the
/// local simulator, never a fake of this interface for what goes over the wire.
/// </summary>
public interface IPayfipGateway
{
    /// <summary><c>creerPaiementSecurise</c>: the operation's <c>idOp</c>, or why PayFiP refused or could not be reached.</summary>
    Task<PayfipCreation> CreateAsync(PayfipPaymentRequest request, CancellationToken ct);

    /// <summary><c>recupererDetailPaiementSecurise</c>: the outcome of <paramref name="idOp"/> as PayFiP knows it now.</summary>
    Task<PayfipDetailAnswer> GetDetailAsync(string idOp, CancellationToken ct);

    /// <summary>The card page of an operation: <c>{PaymentPageUrl}?idop={idOp}</c>.</summary>
    string PaymentPageUrl(string idOp);
}

/// <summary>
/// The fields of <c>creerPaiementSecurise</c>'s <c>arg0</c>: <c>numcli</c> (6 digits), <c>exer</c> (year), <c>refdet</c> (6–30
/// letters and digits), <c>objet</c> (ASCII, ≤ 100), <c>montant</c> (cents, ≥ 100), <c>mel</c>, <c>urlnotif</c>,
/// <c>urlredirect</c>, <c>saisie</c> (T, X, W).
/// </summary>
public sealed record PayfipPaymentRequest(
    string NumCli, int Exer, string RefDet, string Objet, int MontantCents, string Mel, string UrlNotif, string UrlRedirect, string Saisie);

/// <summary>The answer to a creation: <see cref="IdOp"/> when created, else PayFiP's error code and message (or <c>unreachable</c>).</summary>
public sealed record PayfipCreation(string? IdOp, string? ErrorCode = null, string? ErrorMessage = null)
{
    public bool Created => IdOp is not null;
}

/// <summary>What <c>recupererDetailPaiementSecurise</c> answered.</summary>
public enum PayfipDetailKind
{
    /// <summary>A detail came back (<see cref="PayfipDetailAnswer.Detail"/>).</summary>
    Detail,

    /// <summary>PayFiP's functional error <c>P5</c>: no outcome yet (the parent is on the card page, or left it).</summary>
    InProgress,

    /// <summary>PayFiP's functional error <c>P1</c> (and other unknown-operation codes): PayFiP does not know the operation.</summary>
    Unknown,

    /// <summary>No answer (network, time-out, server error, another fault): try again later.</summary>
    Unreachable,
}

/// <summary>
/// <see cref="Kind"/> and, for <see cref="PayfipDetailKind.Detail"/>, the raw fields; otherwise PayFiP's error code (<c>P5</c>,
/// <c>P1</c>…) or <c>unreachable</c>, and its message.
/// </summary>
public sealed record PayfipDetailAnswer(PayfipDetailKind Kind, PayfipDetail? Detail = null, string? ErrorCode = null, string? ErrorMessage = null);

/// <summary>
/// The raw fields of a detail, kept as PayFiP sent them for the treasurer: <c>resultrans</c> (P, V paid; R, Z refused; A
/// abandoned), <c>montant</c> (cents, as text), <c>refdet</c>, <c>numauto</c>, <c>dattrans</c> (ddMMyyyy), <c>heurtrans</c>
/// (HHmm), <c>numcli</c>, <c>exer</c>, <c>mel</c>, <c>objet</c>, <c>saisie</c>, <c>idOp</c>.
/// </summary>
public sealed record PayfipDetail(
    string IdOp,
    string ResultTrans,
    string Montant,
    string RefDet,
    string? NumAuto,
    string? DatTrans,
    string? HeurTrans,
    string NumCli,
    string Exer,
    string? Mel,
    string? Objet,
    string Saisie);
