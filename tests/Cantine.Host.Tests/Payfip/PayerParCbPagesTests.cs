using System.Net;
using AngleSharp.Html.Dom;
using Cantine.Host.Tests.Support;
using Cantine.Invoicing.Contracts.GetInvoice;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.PayfipSimulator;

namespace Cantine.Host.Tests.Payfip;

/// <summary>
/// <c>Payer par CB</c> (manual §5.3, issue #15): the button on "Factures" where the town takes online payment, the POST that
/// opens PayFiP's card page (the simulator's) in a new tab, and the page PayFiP sends the parent back to, in each state.
/// Lyon: display and start only (nothing is paid there); Bron: payments; Vienne: online payment off.
/// </summary>
public sealed class PayerParCbPagesTests(PayerParCbPagesTests.App app) : IClassFixture<PayerParCbPagesTests.App>
{
    public sealed class App : PayfipPagesApp
    {
        public FacturesTown Lyon { get; private set; } = null!;

        public FacturesTown Bron { get; private set; } = null!;

        public FacturesTown Vienne { get; private set; } = null!;

        protected override async Task SeedTownsAsync()
        {
            Lyon = await TownAsync("lyon");
            Bron = await TownAsync("bron");
            Vienne = await TownAsync("vienne", online: false);
        }
    }

    private static string Plain(string text) =>
        string.Join(' ', text.Replace('\u00a0', ' ').Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string MainText(IHtmlDocument page) => Plain(page.QuerySelector("main")!.TextContent);

    [Fact]
    public async Task Payer_par_CB_is_a_post_form_opening_a_new_tab_next_to_each_unpaid_invoice()
    {
        var parent = await app.DurandAsync(app.Lyon);

        var (response, page) = await parent.GetAsync("/lyon/factures");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelectorAll("main table.invoices thead th").Last().TextContent.ShouldBe("Payer en ligne");
        var payable = page.QuerySelectorAll("main tr[data-invoice]")
            .Where(tr => tr.QuerySelector("form[data-pay]") is not null)
            .Select(tr => tr.GetAttribute("data-invoice"))
            .ToList();
        payable.ShouldBe([app.Lyon.August.ToString(), app.Lyon.July.ToString()], "unpaid invoices only: not June (paid), not the credit note");
        var form = (IHtmlFormElement)page.QuerySelector($"main tr[data-invoice='{app.Lyon.August}'] form[data-pay]")!;
        form.Method.ShouldBe("post");
        form.GetAttribute("action").ShouldBe("/lyon/factures/payer");
        form.Target.ShouldBe("_blank");
        form.QuerySelector($"input[name={Forms.AntiforgeryField}]").ShouldNotBeNull();
        ((IHtmlInputElement)form.QuerySelector("input[name=facture]")!).Value.ShouldBe(app.Lyon.August.ToString());
        var button = form.QuerySelector("button[type=submit]")!;
        Plain(button.TextContent).ShouldBe($"Payer par CB la facture n° {FacturesTown.AugustNumber} de 74,30 € (nouvel onglet)");
        button.QuerySelector(".sr-only").ShouldNotBeNull("the invoice and the new tab are said to screen readers, the button shows « Payer par CB »");
    }

    [Fact]
    public async Task With_the_buttons_the_list_still_costs_one_round_trip_beyond_the_session_check()
    {
        var parent = await app.DurandAsync(app.Lyon);
        await parent.GetAsync("/lyon/factures");

        var list = await SqlRoundTrips.OfRequestAsync(parent, "/lyon/factures");
        var baseline = await SqlRoundTrips.OfRequestAsync(parent, "/lyon/mot-de-passe");

        list.Count.ShouldBe(baseline.Count + 1, string.Join("\n", list));
    }

    [Fact]
    public async Task Where_the_town_does_not_take_online_payment_there_is_no_button_and_a_forged_post_is_refused_in_words()
    {
        var parent = await app.DurandAsync(app.Vienne);

        var (_, page) = await parent.GetAsync("/vienne/factures");
        var forged = await parent.PostWithTokenAsync("/vienne/factures", "/vienne/factures/payer", new Dictionary<string, string> { ["facture"] = app.Vienne.August.ToString() });

        MainText(page).ShouldNotContain("Payer par CB");
        page.QuerySelectorAll("main table.invoices thead th").Select(th => th.TextContent).ShouldNotContain("Payer en ligne");
        PortalClient.Location(forged).ShouldBe("/vienne/factures");
        var (_, after) = await parent.GetAsync("/vienne/factures");
        after.ErrorNotice().ShouldContain("Le paiement en ligne n'est pas proposé par votre structure");
        app.Payfip.Ledger.Operations.ShouldNotContain(o => o.Request.UrlRedirect!.Contains("/vienne/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Payer_sends_the_browser_to_PayFiPs_card_page_with_addresses_back_to_the_portal()
    {
        var parent = await app.DurandAsync(app.Lyon);

        var response = await PayfipPagesApp.PayAsync(parent, "lyon", FacturesTown.AugustNumber);

        response.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
        var operation = app.OperationOf(response);
        response.Headers.Location!.OriginalString.ShouldBe($"{app.Payfip.PaymentPageUrl}?idop={operation.IdOp}");
        operation.Request.UrlNotif.ShouldBe("http://localhost/lyon/payfip/notification");
        operation.Request.UrlRedirect.ShouldStartWith("http://localhost/lyon/factures/paiement/");
        Guid.TryParse(operation.Request.UrlRedirect![^36..], out _).ShouldBeTrue();
        (operation.Request.Montant, operation.Request.NumCli, operation.Request.Saisie, operation.Request.Mel)
            .ShouldBe(("7430", "012345", "T", app.Lyon.Town.Family.Guardian.Email));
        operation.Request.RefDet.ShouldBe("2030000011");

        using var browser = new HttpClient();
        var card = await browser.GetAsync(response.Headers.Location);
        card.StatusCode.ShouldBe(HttpStatusCode.OK, "the simulator's card page, over loopback");
    }

    [Fact]
    public async Task Payer_refuses_a_post_without_its_token_another_familys_invoice_and_a_paid_one()
    {
        var parent = await app.DurandAsync(app.Lyon);
        var before = app.Payfip.Ledger.Operations.Count;

        var forged = await parent.SubmitWithoutTokenAsync("/lyon/factures", new Dictionary<string, string> { ["facture"] = app.Lyon.August.ToString() });
        var roux = await parent.PostWithTokenAsync("/lyon/factures", "/lyon/factures/payer", new Dictionary<string, string> { ["facture"] = app.Lyon.RouxAugust.ToString() });
        var (_, afterRoux) = await parent.GetAsync("/lyon/factures");
        var paid = await parent.PostWithTokenAsync("/lyon/factures", "/lyon/factures/payer", new Dictionary<string, string> { ["facture"] = app.Lyon.June.ToString() });
        var (_, afterPaid) = await parent.GetAsync("/lyon/factures");
        var (_, onceOnly) = await parent.GetAsync("/lyon/factures");
        var get = await parent.Http.GetAsync("/lyon/factures/payer");

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        PortalClient.Location(roux).ShouldBe("/lyon/factures");
        afterRoux.ErrorNotice().ShouldBe("Cette facture n'existe pas.");
        PortalClient.Location(paid).ShouldBe("/lyon/factures");
        afterPaid.ErrorNotice().ShouldBe("Cette facture est déjà payée.");
        onceOnly.QuerySelector("main .notice-error").ShouldBeNull();
        PortalClient.Location(get).ShouldBe("/lyon/factures");
        app.Payfip.Ledger.Operations.Count.ShouldBe(before);
    }

    [Fact]
    public async Task Signed_out_Payer_and_the_return_page_send_to_sign_in()
    {
        var anonymous = app.CreatePortalClient();

        var post = await anonymous.Http.PostAsync("/lyon/factures/payer", new FormUrlEncodedContent([new KeyValuePair<string, string>("facture", app.Lyon.August.ToString())]));
        var back = await anonymous.Http.GetAsync($"/lyon/factures/paiement/{Guid.NewGuid()}");

        post.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Redirect, HttpStatusCode.Found);
        PortalClient.Location(back).ShouldStartWith("/lyon?retour=");
    }

    [Fact]
    public async Task Paid_the_return_page_says_the_invoice_was_paid_and_the_list_shows_it_paid_without_the_button()
    {
        var parent = await app.DurandAsync(app.Bron);

        var (response, page, operation) = await app.PayAndReturnAsync(parent, "bron", FacturesTown.JulyNumber, PayfipSimulatedOutcome.Paid);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Votre facture a été payée");
        page.Title.ShouldStartWith("Votre facture a été payée");
        var status = page.QuerySelector("main [role=status]")!;
        Plain(status.TextContent).ShouldBe($"Votre paiement de 60,00 € pour la facture n° {FacturesTown.JulyNumber} a été accepté. Merci.");
        page.QuerySelector("main a[href='/bron/factures']")!.TextContent.ShouldBe("Retour aux factures");
        operation.NotificationsSent.ShouldBe(1);
        var (_, list) = await parent.GetAsync("/bron/factures");
        var july = list.QuerySelector($"main tr[data-invoice='{app.Bron.July}']")!;
        july.QuerySelector("[data-status]")!.GetAttribute("data-status").ShouldBe(nameof(InvoiceStatus.Paid));
        july.QuerySelector("form[data-pay]").ShouldBeNull();
        var invoice = (await app.SendAsync("bron", s => s.Send(new GetInvoiceQuery(app.Bron.July))))!;
        invoice.Payments.Where(p => p.Method == PaymentMethod.OnlineCard).ShouldHaveSingleItem().AmountCents.ShouldBe(6000);

        var (_, again) = await parent.GetAsync(new Uri(operation.Request.UrlRedirect!).PathAndQuery);
        again.Heading().ShouldBe("Votre facture a été payée");
        (await app.SendAsync("bron", s => s.Send(new GetInvoiceQuery(app.Bron.July))))!.Payments.Count(p => p.Method == PaymentMethod.OnlineCard).ShouldBe(1);
    }

    [Fact]
    public async Task Paid_but_never_notified_the_parents_return_asks_PayFiP_and_finds_it_paid()
    {
        var parent = await app.RouxAsync(app.Bron);

        var (_, page, operation) = await app.PayAndReturnAsync(parent, "bron", FacturesTown.RouxAugustNumber, PayfipSimulatedOutcome.PaidNeverNotified);

        operation.NotificationsSent.ShouldBe(0);
        page.Heading().ShouldBe("Votre facture a été payée");
        (await app.SendAsync("bron", s => s.Send(new GetInvoiceQuery(app.Bron.RouxAugust))))!.RemainingCents.ShouldBe(0);
    }

    [Theory]
    [InlineData(PayfipSimulatedOutcome.Refused, "Paiement refusé", "Le paiement a été refusé par votre banque ou par PayFiP : rien n'a été débité.")]
    [InlineData(PayfipSimulatedOutcome.Abandoned, "Paiement abandonné", "Vous avez abandonné le paiement sur la page de PayFiP : rien n'a été débité.")]
    public async Task Refused_or_abandoned_the_return_page_says_so_and_the_invoice_is_still_payable_by_card(
        PayfipSimulatedOutcome outcome, string heading, string message)
    {
        var parent = await app.DurandAsync(app.Bron);

        var (response, page, _) = await app.PayAndReturnAsync(parent, "bron", FacturesTown.AugustNumber, outcome);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe(heading);
        Plain(page.QuerySelector("main [role=status]")!.TextContent).ShouldBe(message);
        Plain(page.QuerySelector("main [data-remaining]")!.TextContent)
            .ShouldBe($"La facture n° {FacturesTown.AugustNumber} reste à payer (74,30 €) : vous pouvez la payer à nouveau depuis vos factures.");
        page.QuerySelector("main a[href='/bron/factures']").ShouldNotBeNull();
        var (_, list) = await parent.GetAsync("/bron/factures");
        list.QuerySelector($"main tr[data-invoice='{app.Bron.August}'] form[data-pay]").ShouldNotBeNull("Payer par CB is offered again");
        (await app.SendAsync("bron", s => s.Send(new GetInvoiceQuery(app.Bron.August))))!.Payments.ShouldNotContain(p => p.Method == PaymentMethod.OnlineCard);
    }

    [Fact]
    public async Task Back_before_PayFiP_has_an_answer_the_page_says_the_payment_is_being_checked_with_a_way_to_look_again()
    {
        var parent = await app.DurandAsync(app.Bron);

        var (response, page, operation) = await app.PayAndReturnAsync(parent, "bron", FacturesTown.AugustNumber, outcome: null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Paiement en cours de vérification");
        Plain(page.QuerySelector("main [role=status]")!.TextContent).ShouldContain("Nous attendons la confirmation de PayFiP pour votre paiement de 74,30 €");
        var refresh = page.QuerySelectorAll("main a").Single(a => a.TextContent == "Actualiser");
        refresh.GetAttribute("href").ShouldBe(new Uri(operation.Request.UrlRedirect!).AbsolutePath);

        (await app.Payfip.PayAsync(operation.IdOp, PayfipSimulatedOutcome.Abandoned)).ShouldBeTrue();
        var (_, refreshed) = await parent.GetAsync(refresh.GetAttribute("href")!);
        refreshed.Heading().ShouldBe("Paiement abandonné");
    }

    [Fact]
    public async Task A_detail_that_does_not_match_says_the_service_checks_the_payment()
    {
        var town = await app.TownAsync("ecart");
        var parent = await app.DurandAsync(town);
        var started = await PayfipPagesApp.PayAsync(parent, "ecart", FacturesTown.JulyNumber);
        started.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
        var operation = app.OperationOf(started);
        operation.Tamper = detail => detail.Montant = "100";
        await app.Payfip.PayAsync(operation.IdOp, PayfipSimulatedOutcome.Paid);

        var (_, page) = await parent.GetAsync(new Uri(operation.Request.UrlRedirect!).PathAndQuery);

        page.Heading().ShouldBe("Paiement en cours de contrôle");
        MainText(page).ShouldContain("le service vérifie ce paiement");
        Plain(page.QuerySelector("main [data-remaining]")!.TextContent).ShouldContain($"La facture n° {FacturesTown.JulyNumber} reste à payer (60,00 €)");
    }

    [Fact]
    public async Task Another_familys_attempt_or_an_unknown_one_is_not_found()
    {
        var durand = await app.DurandAsync(app.Lyon);
        var roux = await app.RouxAsync(app.Lyon);
        var started = await PayfipPagesApp.PayAsync(durand, "lyon", FacturesTown.JulyNumber);
        started.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
        var durandsReturn = new Uri(app.OperationOf(started).Request.UrlRedirect!).AbsolutePath;

        await (await roux.Http.GetAsync(durandsReturn)).ShouldBeNotFoundAsync();
        await (await durand.Http.GetAsync($"/lyon/factures/paiement/{Guid.NewGuid()}")).ShouldBeNotFoundAsync();
        (await durand.Http.GetAsync(durandsReturn)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
