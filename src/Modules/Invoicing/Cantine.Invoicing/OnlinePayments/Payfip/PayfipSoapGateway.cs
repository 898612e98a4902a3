using System.Globalization;
using System.ServiceModel;
using System.ServiceModel.Channels;
using System.Xml;
using Cantine.Invoicing.OnlinePayments.Payfip.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cantine.Invoicing.OnlinePayments.Payfip;

/// <summary>
/// <see cref="IPayfipGateway"/> over PayFiP's SOAP web service, with System.ServiceModel's client (ADR 0029). One channel
/// factory for the process; a channel per call. A functional fault (<c>FonctionnelleErreur</c>) becomes its code
/// (<c>P5</c>: no outcome yet; others: PayFiP does not know the operation or refused it); no answer, a time-out or a
/// fault without a code becomes "unreachable", which the caller retries later.
/// </summary>
internal sealed class PayfipSoapGateway : IPayfipGateway, IDisposable
{
    private const string InProgressCode = "P5";

    private readonly PayfipOptions _options;
    private readonly ILogger<PayfipSoapGateway> _log;
    private readonly ChannelFactory<IPaiementSecuriseService> _factory;

    public PayfipSoapGateway(IOptions<PayfipOptions> options, ILogger<PayfipSoapGateway> log)
    {
        _options = options.Value;
        _log = log;
        var address = new Uri(_options.ServiceUrl);
        var timeout = TimeSpan.FromSeconds(Math.Max(1, _options.TimeoutSeconds));
        var binding = new BasicHttpBinding(address.Scheme == Uri.UriSchemeHttps ? BasicHttpSecurityMode.Transport : BasicHttpSecurityMode.None)
        {
            OpenTimeout = timeout,
            SendTimeout = timeout,
            ReceiveTimeout = timeout,
            CloseTimeout = timeout,
            MaxReceivedMessageSize = 256 * 1024,
        };
        _factory = new ChannelFactory<IPaiementSecuriseService>(binding, new EndpointAddress(address));
    }

    public async Task<PayfipCreation> CreateAsync(PayfipPaymentRequest request, CancellationToken ct)
    {
        var arg0 = new CreerPaiementSecuriseRequest
        {
            exer = request.Exer.ToString(CultureInfo.InvariantCulture),
            mel = request.Mel,
            montant = request.MontantCents.ToString(CultureInfo.InvariantCulture),
            numcli = request.NumCli,
            objet = request.Objet,
            refdet = request.RefDet,
            saisie = request.Saisie,
            urlnotif = request.UrlNotif,
            urlredirect = request.UrlRedirect,
        };
        var (answer, fault) = await CallAsync(async channel => (await channel.CreerPaiementSecuriseAsync(new CreerPaiementSecuriseInput { arg0 = arg0 })).@return, "creerPaiementSecurise", ct);
        if (answer is not null)
        {
            return string.IsNullOrWhiteSpace(answer.idOp)
                ? new PayfipCreation(null, Domain.OnlinePayments.PayfipAnswer.Unreachable, "PayFiP answered without an idOp.")
                : new PayfipCreation(answer.idOp.Trim());
        }

        return new PayfipCreation(null, fault!.Value.Code, fault.Value.Message);
    }

    public async Task<PayfipDetailAnswer> GetDetailAsync(string idOp, CancellationToken ct)
    {
        var arg0 = new RecupererDetailPaiementSecuriseRequest { idOp = idOp };
        var (answer, fault) = await CallAsync(async channel => (await channel.RecupererDetailPaiementSecuriseAsync(new RecupererDetailPaiementSecuriseInput { arg0 = arg0 })).@return, "recupererDetailPaiementSecurise", ct);
        if (answer is not null)
        {
            return new PayfipDetailAnswer(PayfipDetailKind.Detail, new PayfipDetail(
                answer.idOp ?? string.Empty, answer.resultrans ?? string.Empty, answer.montant ?? string.Empty, answer.refdet ?? string.Empty,
                answer.numauto, answer.dattrans, answer.heurtrans, answer.numcli ?? string.Empty, answer.exer ?? string.Empty, answer.mel,
                answer.objet, answer.saisie ?? string.Empty));
        }

        var (code, message) = fault!.Value;
        var kind = code == Domain.OnlinePayments.PayfipAnswer.Unreachable ? PayfipDetailKind.Unreachable
            : code == InProgressCode ? PayfipDetailKind.InProgress
            : PayfipDetailKind.Unknown;
        return new PayfipDetailAnswer(kind, null, code, message);
    }

    public string PaymentPageUrl(string idOp) => $"{_options.PaymentPageUrl}?idop={Uri.EscapeDataString(idOp)}";

    public void Dispose() => ((IDisposable)_factory).Dispose();

    private async Task<(T? Answer, (string Code, string? Message)? Fault)> CallAsync<T>(
        Func<IPaiementSecuriseService, Task<T?>> call, string operation, CancellationToken ct)
        where T : class
    {
        var channel = _factory.CreateChannel();
        var communication = (ICommunicationObject)channel;
        try
        {
            var answer = await call(channel).WaitAsync(ct);
            await Task.Factory.FromAsync(communication.BeginClose, communication.EndClose, null);
            if (answer is null)
            {
                _log.LogWarning("PayFiP's answer to {Operation} had no content the gateway could read", operation);
                return (null, (Domain.OnlinePayments.PayfipAnswer.Unreachable, "PayFiP's answer could not be read."));
            }

            return (answer, null);
        }
        catch (FaultException fault)
        {
            communication.Abort();
            var (code, message) = ReadFunctionalError(fault);
            _log.LogInformation("PayFiP answered {Operation} with the fault {Code}: {Message}", operation, code ?? "(no code)", message);
            return (null, (code ?? Domain.OnlinePayments.PayfipAnswer.Unreachable, message));
        }
        catch (Exception e) when (e is CommunicationException or TimeoutException or HttpRequestException or ObjectDisposedException)
        {
            communication.Abort();
            _log.LogWarning(e, "PayFiP could not be reached for {Operation}", operation);
            return (null, (Domain.OnlinePayments.PayfipAnswer.Unreachable, e.Message));
        }
        catch
        {
            communication.Abort();
            throw;
        }
    }

    /// <summary>The <c>code</c> and <c>message</c> (or <c>libelle</c>) of a <c>FonctionnelleErreur</c> detail, whatever its prefixes.</summary>
    private static (string? Code, string? Message) ReadFunctionalError(FaultException fault)
    {
        string? code = null, message = null, label = null;
        try
        {
            var detail = fault.CreateMessageFault();
            if (detail.HasDetail)
            {
                using var reader = detail.GetReaderAtDetailContents();
                while (!reader.EOF)
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "code" or "message" or "libelle")
                    {
                        var name = reader.LocalName;
                        var value = reader.ReadElementContentAsString().Trim();
                        _ = name switch
                        {
                            "code" => code ??= value,
                            "message" => message ??= value,
                            _ => label ??= value,
                        };
                    }
                    else
                    {
                        reader.Read();
                    }
                }
            }
        }
        catch (XmlException)
        {
            // A detail we cannot read is a fault without a code.
        }

        return (string.IsNullOrEmpty(code) ? null : code, message ?? label ?? fault.Message);
    }
}
