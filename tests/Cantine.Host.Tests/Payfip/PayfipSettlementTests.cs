using System.Net;
using Cantine.Accounts.Contracts.ChangeOnlinePayment;
using Cantine.Invoicing.Contracts.GetFamilyInvoices;
using Cantine.Invoicing.Contracts.GetInvoice;
using Cantine.Invoicing.Contracts.GetOnlinePayment;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Contracts.ListOnlinePayments;
using Cantine.Invoicing.Contracts.OnlinePayments;
using Cantine.Invoicing.Contracts.StartOnlinePayment;
using Cantine.Invoicing.Jobs;
using Cantine.PayfipSimulator;
using Cantine.Testing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Cantine.Host.Tests.Payfip;

/// <summary>
/// An invoice is paid online exactly once, whatever the network does (issue #15): the product against the PayFiP simulator
/// over real HTTP (SOAP), its notifications posted to the portal's notification address. Each test pays its own invoice
/// of Durand or Roux, at the test clock's instant.
/// </summary>
public sealed class PayfipSettlementTests : CantineApp
{
    private PayfipSimulatorServer? _payfip;
    private FacturesTown _lyon = null!;
    private FacturesTown _nice = null!;

    private PayfipSimulatorServer Payfip => _payfip ?? throw new InvalidOperationException("Not started.");

    protected override IReadOnlyDictionary<string, string?> Settings => _payfip?.HostSettings ?? new Dictionary<string, string?> { ["Payfip:TimeoutSeconds"] = "10" };

    protected override async Task BeforeHostStartsAsync() => _payfip = await PayfipSimulatorServer.StartAsync();

    protected override async Task SeedAsync()
    {
        Payfip.Follow(Clock);
        Payfip.NotifyThrough(() => Host.Server.CreateHandler());
        _lyon = await FacturesTown.CreateAsync(this, "lyon");
        _nice = await FacturesTown.CreateAsync(this, "nice");
        await this.SendTrackedAsync("lyon", s => s.Send(new ChangeOnlinePaymentCommand(true, "012345", "T")));
        await this.SendTrackedAsync("nice", s => s.Send(new ChangeOnlinePaymentCommand(true, "054321", "T")));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_payfip is not null)
        {
            await _payfip.DisposeAsync();
        }
    }

    [Fact]
    public async Task Twenty_identical_notifications_at_the_same_time_pay_the_invoice_once()
    {
        var (attemptId, idOp) = await StartAsync(_lyon, _lyon.August);
        var due = (await InvoiceAsync("lyon", _lyon.August)).RemainingCents;
        (await Payfip.PayAsync(idOp, PayfipSimulatedOutcome.PaidNeverNotified)).ShouldBeTrue();

        using var http = CreateClient();
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => NotifyAsync(http, "lyon", idOp)));

        answers.ShouldAllBe(status => status == HttpStatusCode.OK);
        var invoice = await InvoiceAsync("lyon", _lyon.August);
        invoice.Payments.Where(p => p.Method == PaymentMethod.OnlineCard).ShouldHaveSingleItem().AmountCents.ShouldBe(due);
        invoice.RemainingCents.ShouldBe(0);
        invoice.Status.ShouldBe(InvoiceStatus.Paid);
        (await AttemptAsync("lyon", _lyon, attemptId)).State.ShouldBe(OnlinePaymentState.Paid);
        var row = (await SendAsync("lyon", s => s.Send(new ListOnlinePaymentsQuery()))).Rows.ShouldHaveSingleItem();
        (row.Notifications, row.ResultTrans, row.Overpaid).ShouldBe((20, "P", false));
        row.NumAuto.ShouldBe(Payfip.Ledger.Find(idOp)!.NumAuto);
    }

    [Fact]
    public async Task A_notification_twice_at_once_from_the_card_page_and_the_parent_coming_back_pay_once()
    {
        var (attemptId, idOp) = await StartAsync(_lyon, _lyon.RouxAugust, roux: true);

        (await Payfip.PayAsync(idOp, PayfipSimulatedOutcome.PaidNotifiedTwice)).ShouldBeTrue();
        var back = await SendAsync("lyon", s => s.Send(new Cantine.Invoicing.Contracts.CheckOnlinePayment.CheckOnlinePaymentCommand(attemptId, _lyon.Town.OtherFamily.FamilyId)));

        back.ShouldSucceed().ShouldBe(OnlinePaymentState.Paid);
        Payfip.Ledger.Find(idOp)!.NotificationsSent.ShouldBe(2);
        var invoice = await InvoiceAsync("lyon", _lyon.RouxAugust);
        invoice.Payments.Count(p => p.Method == PaymentMethod.OnlineCard).ShouldBe(1);
        invoice.RemainingCents.ShouldBe(0);
    }

    [Fact]
    public async Task A_lost_notification_is_found_by_the_reconciliation_job_twenty_minutes_later()
    {
        var (attemptId, idOp) = await StartAsync(_nice, _nice.August);
        (await Payfip.PayAsync(idOp, PayfipSimulatedOutcome.PaidNeverNotified)).ShouldBeTrue();

        Clock.Advance(TimeSpan.FromMinutes(10));
        await RunReconciliationAsync();
        (await AttemptAsync("nice", _nice, attemptId)).State.ShouldBe(OnlinePaymentState.Pending);

        Clock.Advance(TimeSpan.FromMinutes(11));
        await RunReconciliationAsync();

        (await AttemptAsync("nice", _nice, attemptId)).State.ShouldBe(OnlinePaymentState.Paid);
        var invoice = await InvoiceAsync("nice", _nice.August);
        invoice.Payments.Where(p => p.Method == PaymentMethod.OnlineCard).ShouldHaveSingleItem().Reference.ShouldBe(Payfip.Ledger.Find(idOp)!.NumAuto);
        invoice.RemainingCents.ShouldBe(0);
    }

    [Fact]
    public async Task A_payment_still_in_progress_is_checked_again_later_and_expires_after_a_day_leaving_the_invoice_payable()
    {
        var (attemptId, _) = await StartAsync(_nice, _nice.RouxAugust, roux: true);

        Clock.Advance(TimeSpan.FromMinutes(21));
        await RunReconciliationAsync();
        var row = (await SendAsync("nice", s => s.Send(new ListOnlinePaymentsQuery(Search: FacturesTown.RouxAugustNumber)))).Rows.ShouldHaveSingleItem();
        (row.State, row.Problem).ShouldBe((OnlinePaymentState.Pending, null));

        Clock.Advance(TimeSpan.FromDays(1));
        await RunReconciliationAsync();

        (await AttemptAsync("nice", _nice, attemptId)).State.ShouldBe(OnlinePaymentState.Expired);
        (await SendAsync("nice", s => s.Send(new ListOnlinePaymentsQuery(State: OnlinePaymentState.Expired)))).Rows.ShouldContain(r => r.AttemptId == attemptId);
        (await InvoiceAsync("nice", _nice.RouxAugust)).RemainingCents.ShouldBeGreaterThan(0);
        (await FamilyInvoicesAsync("nice", _nice.Town.OtherFamily.FamilyId)).Invoices.Single(i => i.Id == _nice.RouxAugust).PayableOnline.ShouldBeTrue();
    }

    [Fact]
    public async Task An_attempt_PayFiP_never_answers_for_a_day_is_shown_to_staff_and_a_late_answer_still_settles_it()
    {
        var town = await FreshTownAsync("silence");
        var (attemptId, idOp) = await StartAsync(town, town.August);
        (await Payfip.PayAsync(idOp, PayfipSimulatedOutcome.PaidNeverNotified)).ShouldBeTrue();
        Payfip.Ledger.Down = true;
        try
        {
            Clock.Advance(TimeSpan.FromMinutes(21));
            await RunReconciliationAsync();
            Clock.Advance(TimeSpan.FromDays(1));
            await RunReconciliationAsync();

            (await AttemptAsync("silence", town, attemptId)).State.ShouldBe(OnlinePaymentState.Unanswered);
            var list = await SendAsync("silence", s => s.Send(new ListOnlinePaymentsQuery(NeedsAttention: true)));
            list.NeedingAttention.ShouldBe(1);
            list.Rows.ShouldHaveSingleItem().Problem.ShouldNotBeNull().ShouldContain("aucune réponse");
        }
        finally
        {
            Payfip.Ledger.Down = false;
        }

        using var http = CreateClient();
        (await NotifyAsync(http, "silence", idOp)).ShouldBe(HttpStatusCode.OK);

        (await AttemptAsync("silence", town, attemptId)).State.ShouldBe(OnlinePaymentState.Paid);
        (await SendAsync("silence", s => s.Send(new ListOnlinePaymentsQuery(NeedsAttention: true)))).NeedingAttention.ShouldBe(0);
    }

    [Fact]
    public async Task A_refused_payment_leaves_the_invoice_unpaid_and_payable_again()
    {
        var town = await FreshTownAsync("refus");
        var (attemptId, idOp) = await StartAsync(town, town.August);
        var due = (await InvoiceAsync("refus", town.August)).RemainingCents;

        (await Payfip.PayAsync(idOp, PayfipSimulatedOutcome.Refused)).ShouldBeTrue();

        (await AttemptAsync("refus", town, attemptId)).State.ShouldBe(OnlinePaymentState.Refused);
        var invoice = await InvoiceAsync("refus", town.August);
        (invoice.RemainingCents, invoice.Payments.Count(p => p.Method == PaymentMethod.OnlineCard)).ShouldBe((due, 0));
        (await FamilyInvoicesAsync("refus", town.Town.Family.FamilyId)).Invoices.Single(i => i.Id == town.August).PayableOnline.ShouldBeTrue();

        var (_, again) = await StartAsync(town, town.August);
        again.ShouldNotBe(idOp);
    }

    [Fact]
    public async Task An_unknown_idOp_or_another_town_s_is_answered_and_changes_nothing()
    {
        var town = await FreshTownAsync("autre");
        var (attemptId, idOp) = await StartAsync(town, town.August);
        (await Payfip.PayAsync(idOp, PayfipSimulatedOutcome.PaidNeverNotified)).ShouldBeTrue();
        using var http = CreateClient();

        (await NotifyAsync(http, "autre", "ffffffffffffffffffffffffffffffff")).ShouldBe(HttpStatusCode.OK);
        (await NotifyAsync(http, "lyon", idOp)).ShouldBe(HttpStatusCode.OK);

        (await AttemptAsync("autre", town, attemptId)).State.ShouldBe(OnlinePaymentState.Pending);
        (await InvoiceAsync("autre", town.August)).Payments.ShouldNotContain(p => p.Method == PaymentMethod.OnlineCard);

        (await NotifyAsync(http, "autre", idOp)).ShouldBe(HttpStatusCode.OK);
        (await AttemptAsync("autre", town, attemptId)).State.ShouldBe(OnlinePaymentState.Paid);
    }

    [Theory]
    [InlineData("montant", "le montant payé chez PayFiP n'est pas celui demandé")]
    [InlineData("refdet", "la référence payée chez PayFiP n'est pas celle de la facture")]
    public async Task A_detail_that_does_not_match_the_attempt_records_nothing_and_is_shown_to_staff(string field, string problem)
    {
        var town = await FreshTownAsync("ecart" + field);
        var (attemptId, idOp) = await StartAsync(town, town.August);
        var operation = Payfip.Ledger.Find(idOp)!;
        operation.Tamper = detail =>
        {
            if (field == "montant")
            {
                detail.Montant = "100";
            }
            else
            {
                detail.RefDet = "AUTREFACTURE1";
            }
        };

        await Payfip.PayAsync(idOp, PayfipSimulatedOutcome.Paid);

        (await AttemptAsync(town.Town.Slug, town, attemptId)).State.ShouldBe(OnlinePaymentState.Anomaly);
        (await InvoiceAsync(town.Town.Slug, town.August)).Payments.ShouldNotContain(p => p.Method == PaymentMethod.OnlineCard);
        var row = (await SendAsync(town.Town.Slug, s => s.Send(new ListOnlinePaymentsQuery(NeedsAttention: true)))).Rows.ShouldHaveSingleItem();
        row.State.ShouldBe(OnlinePaymentState.Anomaly);
        row.Problem.ShouldNotBeNull().ShouldContain(problem);
    }

    [Fact]
    public async Task Two_tabs_paying_the_same_invoice_record_both_payments_and_tell_staff_of_the_overpayment()
    {
        var town = await FreshTownAsync("onglets");
        var due = (await InvoiceAsync("onglets", town.August)).RemainingCents;
        var (first, firstOp) = await StartAsync(town, town.August);
        var (second, secondOp) = await StartAsync(town, town.August);

        await Payfip.PayAsync(firstOp, PayfipSimulatedOutcome.Paid);
        await Payfip.PayAsync(secondOp, PayfipSimulatedOutcome.Paid);

        var invoice = await InvoiceAsync("onglets", town.August);
        invoice.Payments.Count(p => p.Method == PaymentMethod.OnlineCard).ShouldBe(2);
        invoice.RemainingCents.ShouldBe(-due);
        invoice.FamilyBalanceCents.ShouldBeLessThan(0);
        (await AttemptAsync("onglets", town, first)).State.ShouldBe(OnlinePaymentState.Paid);
        (await AttemptAsync("onglets", town, second)).State.ShouldBe(OnlinePaymentState.Paid);
        var list = await SendAsync("onglets", s => s.Send(new ListOnlinePaymentsQuery(NeedsAttention: true)));
        list.NeedingAttention.ShouldBe(1);
        list.Rows.ShouldHaveSingleItem().Overpaid.ShouldBeTrue();
    }

    [Fact]
    public async Task A_malformed_notification_is_refused_without_touching_anything()
    {
        using var http = CreateClient();
        using var json = new StringContent("{\"idOp\":\"abc\"}", System.Text.Encoding.UTF8, "application/json");
        using var script = new FormUrlEncodedContent([new KeyValuePair<string, string>("idOp", "<script>alert(1)</script>")]);
        using var tooLong = new FormUrlEncodedContent([new KeyValuePair<string, string>("idOp", new string('a', 65))]);
        using var nothing = new FormUrlEncodedContent([new KeyValuePair<string, string>("autre", "x")]);

        (await http.PostAsync("/lyon/payfip/notification", json)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await http.PostAsync("/lyon/payfip/notification", script)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await http.PostAsync("/lyon/payfip/notification", tooLong)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await http.PostAsync("/lyon/payfip/notification", nothing)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await http.GetAsync("/lyon/payfip/notification")).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);
        (await http.PostAsync("/pas-une-ville/payfip/notification", new FormUrlEncodedContent([new KeyValuePair<string, string>("idOp", "abc")])))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<FacturesTown> FreshTownAsync(string slug)
    {
        var town = await FacturesTown.CreateAsync(this, slug);
        await this.SendTrackedAsync(slug, s => s.Send(new ChangeOnlinePaymentCommand(true, "012345", "T")));
        return town;
    }

    private async Task<(Guid AttemptId, string IdOp)> StartAsync(FacturesTown town, Guid invoiceId, bool roux = false)
    {
        var family = roux ? town.Town.OtherFamily : town.Town.Family;
        var attemptId = Guid.CreateVersion7();
        var slug = town.Town.Slug;
        var url = (await SendAsync(slug, s => s.Send(new StartOnlinePaymentCommand(
            attemptId, invoiceId, family.FamilyId, family.Guardian.UserId, family.Guardian.Email,
            $"http://localhost/{slug}/payfip/notification", $"http://localhost/{slug}/factures/paiement/{attemptId}")))).ShouldSucceed();
        url.ShouldStartWith($"{Payfip.PaymentPageUrl}?idop=");
        var operation = Payfip.Ledger.Find(url[(url.IndexOf("?idop=", StringComparison.Ordinal) + 6)..]).ShouldNotBeNull();
        operation.Request.NumCli.ShouldBe(slug == "nice" ? "054321" : "012345");
        return (attemptId, operation.IdOp);
    }

    private static async Task<HttpStatusCode> NotifyAsync(HttpClient http, string slug, string idOp)
    {
        using var body = new FormUrlEncodedContent([new KeyValuePair<string, string>("idOp", idOp)]);
        using var response = await http.PostAsync($"/{slug}/payfip/notification", body);
        return response.StatusCode;
    }

    private async Task RunReconciliationAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReconcileOnlinePaymentsJob>().RunAsync(CancellationToken.None);
    }

    private async Task<InvoiceDetailDto> InvoiceAsync(string slug, Guid invoiceId) =>
        (await SendAsync(slug, s => s.Send(new GetInvoiceQuery(invoiceId)))).ShouldNotBeNull();

    private Task<FamilyInvoicesDto> FamilyInvoicesAsync(string slug, Guid familyId) =>
        SendAsync(slug, s => s.Send(new GetFamilyInvoicesQuery(familyId)));

    private async Task<OnlinePaymentDto> AttemptAsync(string slug, FacturesTown town, Guid attemptId)
    {
        var familyId = (await SendAsync(slug, s => s.Send(new ListOnlinePaymentsQuery()))).Rows.Single(r => r.AttemptId == attemptId).FamilyId;
        return (await SendAsync(slug, s => s.Send(new GetOnlinePaymentQuery(attemptId, familyId)))).ShouldNotBeNull();
    }
}
