using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Xml.Linq;
using Cantine.Invoicing.OnlinePayments.Payfip;
using Cantine.PayfipSimulator;
using Cantine.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;

namespace Cantine.Invoicing.Tests.OnlinePayments;

/// <summary>
/// The SOAP gateway against the local PayFiP simulator over real HTTP: the product's client and the simulator's service are
/// written separately from PayFiP's WSDL, so these tests check the XML each side puts on the wire.
/// </summary>
public sealed class PayfipSoapGatewayTests : IAsyncLifetime
{
    private const string Ns = "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/contrat_paiement_securise/PaiementSecuriseService";

    private PayfipSimulatorServer _payfip = null!;
    private PayfipSoapGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _payfip = await PayfipSimulatorServer.StartAsync();
        _gateway = Gateway(_payfip.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        _gateway.Dispose();
        await _payfip.DisposeAsync();
    }

    private static PayfipSoapGateway Gateway(string serviceUrl) => new(
        Options.Create(new PayfipOptions { ServiceUrl = serviceUrl, PaymentPageUrl = "https://paiement.test/tpa/paiementws.web", TimeoutSeconds = 5 }),
        NullLogger<PayfipSoapGateway>.Instance);

    private static PayfipPaymentRequest Request(string objet = "Facture 2030-000011 Cantine", int cents = 4250) => new(
        "012345", 2030, "2030000011", objet, cents, "parent@exemple.fr", "https://cantine.test/lyon/payfip/notification",
        "https://cantine.test/lyon/factures/paiement/1", "T");

    [Fact]
    public async Task Creates_an_operation_with_every_field_as_PayFiP_receives_it()
    {
        var created = await _gateway.CreateAsync(Request(), CancellationToken.None);

        created.Created.ShouldBeTrue();
        var operation = _payfip.Ledger.Find(created.IdOp).ShouldNotBeNull();
        var r = operation.Request;
        (r.NumCli, r.Exer, r.RefDet, r.Objet, r.Montant, r.Mel, r.Saisie).ShouldBe(("012345", "2030", "2030000011", "Facture 2030-000011 Cantine", "4250", "parent@exemple.fr", "T"));
        (r.UrlNotif, r.UrlRedirect).ShouldBe(("https://cantine.test/lyon/payfip/notification", "https://cantine.test/lyon/factures/paiement/1"));
        _gateway.PaymentPageUrl(created.IdOp!).ShouldBe($"https://paiement.test/tpa/paiementws.web?idop={created.IdOp}");
    }

    [Fact]
    public async Task A_request_PayFiP_refuses_comes_back_as_its_code_and_message()
    {
        var accented = await _gateway.CreateAsync(Request(objet: "Facture de décembre"), CancellationToken.None);
        var tooSmall = await _gateway.CreateAsync(Request(cents: 99), CancellationToken.None);

        accented.Created.ShouldBeFalse();
        accented.ErrorCode.ShouldBe("P4");
        accented.ErrorMessage.ShouldNotBeNull().ShouldContain("objet");
        tooSmall.ErrorCode.ShouldBe("P4");
        _payfip.Ledger.Operations.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_detail_is_in_progress_until_the_card_page_is_used_then_carries_PayFiP_s_fields()
    {
        var idOp = (await _gateway.CreateAsync(Request(), CancellationToken.None)).IdOp!;

        var before = await _gateway.GetDetailAsync(idOp, CancellationToken.None);
        before.Kind.ShouldBe(PayfipDetailKind.InProgress);
        before.ErrorCode.ShouldBe("P5");

        (await _payfip.PayAsync(idOp, PayfipSimulatedOutcome.PaidNeverNotified)).ShouldBeTrue();
        var after = await _gateway.GetDetailAsync(idOp, CancellationToken.None);

        after.Kind.ShouldBe(PayfipDetailKind.Detail);
        var d = after.Detail.ShouldNotBeNull();
        (d.IdOp, d.ResultTrans, d.Montant, d.RefDet, d.NumCli, d.Exer, d.Saisie, d.Mel).ShouldBe(
            (idOp, "P", "4250", "2030000011", "012345", "2030", "T", "parent@exemple.fr"));
        d.NumAuto.ShouldNotBeNull().Length.ShouldBe(6);
        d.DatTrans.ShouldBe("10092030");
        d.HeurTrans.ShouldBe("1000");
    }

    [Theory]
    [InlineData(PayfipSimulatedOutcome.Refused, "R")]
    [InlineData(PayfipSimulatedOutcome.Abandoned, "A")]
    public async Task A_refused_or_abandoned_payment_has_no_authorisation_number(PayfipSimulatedOutcome outcome, string resultrans)
    {
        var idOp = (await _gateway.CreateAsync(Request(), CancellationToken.None)).IdOp!;
        _payfip.Options.NotificationHandler = () => new RefusingHandler();
        await _payfip.PayAsync(idOp, outcome);

        var detail = (await _gateway.GetDetailAsync(idOp, CancellationToken.None)).Detail.ShouldNotBeNull();

        detail.ResultTrans.ShouldBe(resultrans);
        detail.NumAuto.ShouldBeNull();
    }

    [Fact]
    public async Task An_operation_PayFiP_does_not_know_is_unknown()
    {
        var answer = await _gateway.GetDetailAsync("0123456789abcdef", CancellationToken.None);

        answer.Kind.ShouldBe(PayfipDetailKind.Unknown);
        answer.ErrorCode.ShouldBe("P1");
    }

    [Fact]
    public async Task A_server_that_fails_or_does_not_listen_is_unreachable()
    {
        _payfip.Ledger.Down = true;
        (await _gateway.GetDetailAsync("0123456789abcdef", CancellationToken.None)).Kind.ShouldBe(PayfipDetailKind.Unreachable);
        (await _gateway.CreateAsync(Request(), CancellationToken.None)).ErrorCode.ShouldBe("unreachable");
        _payfip.Ledger.Down = false;

        using var nobody = Gateway($"http://127.0.0.1:{FreePort()}/tpa/services/securite");
        (await nobody.GetDetailAsync("0123456789abcdef", CancellationToken.None)).Kind.ShouldBe(PayfipDetailKind.Unreachable);
    }

    [Fact]
    public async Task The_simulator_answers_PayFiP_s_documented_envelope_with_unqualified_children()
    {
        // The envelope as PayFiP's documentation shows it, written by hand: not produced by the product's client.
        var envelope = $"""
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:pai="{Ns}">
              <soapenv:Header/>
              <soapenv:Body>
                <pai:creerPaiementSecurise>
                  <arg0>
                    <exer>2030</exer><mel>parent@exemple.fr</mel><montant>1500</montant><numcli>012345</numcli>
                    <objet>Cantine septembre</objet><refdet>2030000042</refdet><saisie>T</saisie>
                    <urlnotif>https://cantine.test/n</urlnotif><urlredirect>https://cantine.test/r</urlredirect>
                  </arg0>
                </pai:creerPaiementSecurise>
              </soapenv:Body>
            </soapenv:Envelope>
            """;
        using var http = new HttpClient();
        using var content = new StringContent(envelope, Encoding.UTF8, "text/xml");
        content.Headers.Add("SOAPAction", "\"\"");

        var response = await http.PostAsync(_payfip.ServiceUrl, content);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var wrapper = body.Descendants(XName.Get("creerPaiementSecuriseResponse", Ns)).ShouldHaveSingleItem();
        var idOp = wrapper.Element("return").ShouldNotBeNull().Element("idOp").ShouldNotBeNull().Value;
        _payfip.Ledger.Find(idOp).ShouldNotBeNull().Request.Montant.ShouldBe("1500");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class RefusingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
    }
}
