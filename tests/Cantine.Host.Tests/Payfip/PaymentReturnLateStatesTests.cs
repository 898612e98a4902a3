using System.Net;
using Cantine.Host.Tests.Support;
using Cantine.Invoicing.Jobs;
using Cantine.PayfipSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Host.Tests.Payfip;

/// <summary>
/// The return page a day later (issue #15): an attempt the parent left on PayFiP's card page has expired, one PayFiP never
/// answered for is still "being checked"; both leave the invoice payable. Its own host: the clock moves on by a day.
/// </summary>
public sealed class PaymentReturnLateStatesTests(PaymentReturnLateStatesTests.App app) : IClassFixture<PaymentReturnLateStatesTests.App>
{
    public sealed class App : PayfipPagesApp;

    private static string Plain(string text) =>
        string.Join(' ', text.Replace('\u00a0', ' ').Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task A_payment_left_on_the_card_page_has_expired_a_day_later_and_the_invoice_is_payable_again()
    {
        var town = await app.TownAsync("tours");
        var parent = await app.DurandAsync(town);
        var started = await PayfipPagesApp.PayAsync(parent, "tours", FacturesTown.AugustNumber);
        var back = new Uri(app.OperationOf(started).Request.UrlRedirect!).AbsolutePath;

        app.Clock.Advance(TimeSpan.FromMinutes(21));
        await ReconcileAsync();
        app.Clock.Advance(TimeSpan.FromDays(1));
        await ReconcileAsync();
        var (response, page) = await parent.GetAsync(back);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Paiement non abouti");
        Plain(page.QuerySelector("main [role=status]")!.TextContent)
            .ShouldBe("Le paiement n'a pas été mené à son terme dans le temps imparti : rien n'a été débité.");
        Plain(page.QuerySelector("main [data-remaining]")!.TextContent)
            .ShouldBe($"La facture n° {FacturesTown.AugustNumber} reste à payer (74,30 €) : vous pouvez la payer à nouveau depuis vos factures.");
        var (_, list) = await parent.GetAsync("/tours/factures");
        list.QuerySelector($"main tr[data-invoice='{town.August}'] form[data-pay]").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_payment_PayFiP_never_answered_for_is_still_shown_as_being_checked_a_day_later()
    {
        var town = await app.TownAsync("silence");
        var parent = await app.RouxAsync(town);
        var started = await PayfipPagesApp.PayAsync(parent, "silence", FacturesTown.RouxAugustNumber);
        var operation = app.OperationOf(started);
        (await app.Payfip.PayAsync(operation.IdOp, PayfipSimulatedOutcome.PaidNeverNotified)).ShouldBeTrue();

        app.Payfip.Ledger.Down = true;
        try
        {
            app.Clock.Advance(TimeSpan.FromMinutes(21));
            await ReconcileAsync();
            app.Clock.Advance(TimeSpan.FromDays(1));
            await ReconcileAsync();
            var (response, page) = await parent.GetAsync(new Uri(operation.Request.UrlRedirect!).AbsolutePath);

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            page.QuerySelector("main [data-state]")!.GetAttribute("data-state").ShouldBe("Unanswered");
            page.Heading().ShouldBe("Paiement en cours de vérification");
            page.QuerySelectorAll("main a").Select(a => a.TextContent).ShouldContain("Actualiser");
        }
        finally
        {
            app.Payfip.Ledger.Down = false;
        }
    }

    private async Task ReconcileAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReconcileOnlinePaymentsJob>().RunAsync(CancellationToken.None);
    }
}
