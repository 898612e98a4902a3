using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Contracts.OnlinePayments;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Domain.OnlinePayments;
using Cantine.Invoicing.Domain.Parties;
using Cantine.Testing.Decisions;
using static Cantine.Invoicing.Tests.Domain.Invoices.InvoiceGiven;

namespace Cantine.Invoicing.Tests.Domain.OnlinePayments;

/// <summary>
/// Given an invoice of 58,40 € and an attempt to pay it through PayFiP, when PayFiP answers (a detail, "in progress",
/// "unknown", nothing), then these events for the attempt and the invoice — never a payment twice, never one from a detail
/// that does not match.
/// </summary>
public sealed class OnlinePaymentDecisionsTests
{
    private static readonly Guid AttemptId = new("77777777-0000-0000-0000-000000000001");
    private static readonly Guid Guardian = new("33333333-0000-0000-0000-000000000001");
    private static readonly TownCopy Town = new(TownCopy.SingletonId, "Lyon", "1 place", "69001", "Lyon", "04", "m@l.test", null, true, 3, "123456", "T");

    private static Invoice Unpaid => History.Of<Invoice>(Issued)!;

    private static OnlinePaymentStarted Started(Invoice? invoice = null) =>
        (OnlinePaymentStarted)OnlinePaymentDecisions.Start(AttemptId, null, invoice ?? Unpaid, Guardian, "IDOP42", "123456", "T", "elise@garnier.test", "Facture", Now)
            .Events.Single();

    private static OnlinePaymentAttempt Attempt(params object[] later) => History.Of<OnlinePaymentAttempt>([Started(), .. later])!;

    private static PayfipFields Detail(string result = "P", string montant = "5840", string refdet = "2027000007", string numcli = "123456", string exer = "2027", string idOp = "IDOP42") =>
        new(idOp, result, montant, refdet, "654321", "09112027", "1432", numcli, exer, "elise@garnier.test", "Facture", "T");

    [Fact]
    public void Starting_asks_for_the_remaining_balance_with_the_invoice_as_reference()
    {
        var started = Started();

        (started.AmountCents, started.RefDet, started.Exer, started.NumCli, started.Saisie, started.IdOp).ShouldBe((5840, "2027000007", 2027, "123456", "T", "IDOP42"));
        Attempt().State.ShouldBe(OnlinePaymentState.Pending);
        Attempt().NextCheckAt.ShouldBe(Now + TimeSpan.FromMinutes(20));
    }

    [Fact]
    public void Starting_again_with_the_same_attempt_changes_nothing() =>
        OnlinePaymentDecisions.Start(AttemptId, Attempt(), Unpaid, Guardian, "IDOP43", "123456", "T", "e@x.test", "Facture", Now).ShouldChangeNothing();

    [Fact]
    public void Only_the_family_may_pay_online_an_unpaid_invoice_of_at_least_one_euro_where_the_town_allows_it()
    {
        OnlinePaymentDecisions.RefuseStart(Unpaid, Family, Town).ShouldBeNull();
        OnlinePaymentDecisions.RefuseStart(Unpaid, Guid.NewGuid(), Town).ShouldBe("InvoiceNotFound");
        OnlinePaymentDecisions.RefuseStart(null, Family, Town).ShouldBe("InvoiceNotFound");
        OnlinePaymentDecisions.RefuseStart(Unpaid, Family, Town with { OnlinePayment = false }).ShouldBe("OnlinePaymentOff");
        OnlinePaymentDecisions.RefuseStart(Unpaid, Family, Town with { PayfipClientNumber = null }).ShouldBe("OnlinePaymentOff");
        OnlinePaymentDecisions.RefuseStart(Unpaid, Family, null).ShouldBe("OnlinePaymentOff");
        var paid = History.Of<Invoice>(Issued, InvoiceDecisions.Decide(Payment(5840), Unpaid, Now).Events.Single())!;
        OnlinePaymentDecisions.RefuseStart(paid, Family, Town).ShouldBe("InvoiceAlreadyPaid");
        var almost = History.Of<Invoice>(Issued, InvoiceDecisions.Decide(Payment(5741), Unpaid, Now).Events.Single())!;
        OnlinePaymentDecisions.RefuseStart(almost, Family, Town).ShouldBe("BelowPayfipMinimum");
        var oneEuroLeft = History.Of<Invoice>(Issued, InvoiceDecisions.Decide(Payment(5740), Unpaid, Now).Events.Single())!;
        OnlinePaymentDecisions.RefuseStart(oneEuroLeft, Family, Town).ShouldBeNull();
    }

    [Fact]
    public void The_object_sent_to_payfip_is_ascii_and_at_most_100_characters()
    {
        OnlinePaymentDecisions.Objet(Unpaid, "Mairie de Saint-Étienne-du-Rouvray").ShouldBe("Facture 2027 000007 Mairie de Saint Etienne du Rouvray");
        var objet = OnlinePaymentDecisions.Objet(Unpaid, new string('é', 200));
        objet.Length.ShouldBeLessThanOrEqualTo(100);
        objet.All(c => c < 128).ShouldBeTrue();
    }

    [Theory]
    [InlineData("P")]
    [InlineData("V")]
    public void A_paid_detail_settles_the_attempt_and_pays_the_invoice_once(string result)
    {
        var resolution = OnlinePaymentDecisions.Decide(Attempt(), Unpaid, PayfipAnswer.Of(Detail(result)), Now);

        resolution.AttemptEvents.ShouldBe([
            new OnlinePaymentDetailed(AttemptId, Detail(result), Now),
            new OnlinePaymentSettled(AttemptId, OnlinePaymentOutcome.Paid, 5840, false, null, Now)]);
        resolution.InvoiceEvents.ShouldBe([new InvoicePaidOnline(InvoiceId, AttemptId, 5840, new DateOnly(2027, 11, 9), "IDOP42", "654321", Now)]);
        var invoice = History.Of<Invoice>([Issued, .. resolution.InvoiceEvents])!;
        (invoice.RemainingCents, invoice.StatusOn(DueOn), invoice.Payments.Single().Method, invoice.Payments.Single().IdOp)
            .ShouldBe((0, InvoiceStatus.Paid, PaymentMethod.OnlineCard, "IDOP42"));
    }

    [Theory]
    [InlineData("R", OnlinePaymentOutcome.Refused)]
    [InlineData("Z", OnlinePaymentOutcome.Refused)]
    [InlineData("A", OnlinePaymentOutcome.Abandoned)]
    public void A_refused_or_abandoned_detail_pays_nothing(string result, OnlinePaymentOutcome outcome)
    {
        var resolution = OnlinePaymentDecisions.Decide(Attempt(), Unpaid, PayfipAnswer.Of(Detail(result)), Now);

        resolution.AttemptEvents.Last().ShouldBe(new OnlinePaymentSettled(AttemptId, outcome, null, false, null, Now));
        resolution.InvoiceEvents.ShouldBeEmpty();
        History.Of<OnlinePaymentAttempt>([Started(), .. resolution.AttemptEvents])!.NeedsAttention.ShouldBeFalse();
    }

    [Fact]
    public void An_unknown_result_is_an_anomaly_for_staff() =>
        Settles(Detail("X"), "UnknownResult");

    [Theory]
    [InlineData("5841", null, null, null, null, "AmountMismatch")]
    [InlineData("100", null, null, null, null, "AmountMismatch")]
    [InlineData("abc", null, null, null, null, "AmountMismatch")]
    [InlineData(null, "2027000008", null, null, null, "ReferenceMismatch")]
    [InlineData(null, null, "654321", null, null, "ClientMismatch")]
    [InlineData(null, null, null, "2026", null, "YearMismatch")]
    [InlineData(null, null, null, null, "IDOP99", "OperationMismatch")]
    public void A_detail_that_does_not_match_the_attempt_pays_nothing_and_is_shown_to_staff(
        string? montant, string? refdet, string? numcli, string? exer, string? idOp, string problem) =>
        Settles(Detail("P", montant ?? "5840", refdet ?? "2027000007", numcli ?? "123456", exer ?? "2027", idOp ?? "IDOP42"), problem);

    [Fact]
    public void A_settled_attempt_changes_no_more_whatever_comes_later()
    {
        var first = OnlinePaymentDecisions.Decide(Attempt(), Unpaid, PayfipAnswer.Of(Detail()), Now);
        var settled = History.Of<OnlinePaymentAttempt>([Started(), .. first.AttemptEvents])!;
        var paid = History.Of<Invoice>([Issued, .. first.InvoiceEvents])!;

        OnlinePaymentDecisions.Decide(settled, paid, PayfipAnswer.Of(Detail()), Now.AddMinutes(1)).ShouldBe(OnlinePaymentResolution.None);
        OnlinePaymentDecisions.Decide(settled, paid, PayfipAnswer.Of(Detail("R")), Now.AddMinutes(1)).ShouldBe(OnlinePaymentResolution.None);
        OnlinePaymentDecisions.Decide(settled, paid, PayfipAnswer.NoOutcome("P1"), Now.AddDays(2)).ShouldBe(OnlinePaymentResolution.None);
    }

    [Fact]
    public void A_duplicate_notification_is_counted_and_settles_nothing_twice()
    {
        var first = OnlinePaymentDecisions.Decide(Attempt(), Unpaid, PayfipAnswer.Of(Detail()), Now);
        var settled = History.Of<OnlinePaymentAttempt>([Started(), .. first.AttemptEvents])!;

        OnlinePaymentDecisions.Notified(settled, Now).ShouldAppend(new OnlinePaymentNotified(AttemptId, Now));
        History.Of<OnlinePaymentAttempt>([Started(), .. first.AttemptEvents, new OnlinePaymentNotified(AttemptId, Now), new OnlinePaymentNotified(AttemptId, Now)])!
            .Notifications.ShouldBe(2);
    }

    [Fact]
    public void A_notification_for_an_unknown_operation_is_refused() =>
        OnlinePaymentDecisions.Notified(null, Now).ShouldRefuse("UnknownOperation");

    [Fact]
    public void A_late_notification_after_the_parent_came_back_finds_the_attempt_settled()
    {
        // The return page fetched the detail first (paid); the notification arrives afterwards.
        var onReturn = OnlinePaymentDecisions.Decide(Attempt(), Unpaid, PayfipAnswer.Of(Detail()), Now);
        var settled = History.Of<OnlinePaymentAttempt>([Started(), .. onReturn.AttemptEvents])!;
        var paid = History.Of<Invoice>([Issued, .. onReturn.InvoiceEvents])!;

        OnlinePaymentDecisions.Decide(settled, paid, PayfipAnswer.Of(Detail()), Now.AddMinutes(3)).InvoiceEvents.ShouldBeEmpty();
        paid.Payments.Count.ShouldBe(1);
    }

    [Fact]
    public void A_second_tab_paying_an_invoice_already_paid_is_recorded_as_an_overpayment_for_staff()
    {
        // Two tabs started two attempts for 58,40 € each; the first paid.
        var secondId = Guid.NewGuid();
        var secondStarted = (OnlinePaymentStarted)OnlinePaymentDecisions.Start(secondId, null, Unpaid, Guardian, "IDOP43", "123456", "T", "e@x.test", "Facture", Now).Events.Single();
        var first = OnlinePaymentDecisions.Decide(Attempt(), Unpaid, PayfipAnswer.Of(Detail()), Now);
        var paid = History.Of<Invoice>([Issued, .. first.InvoiceEvents])!;

        var second = OnlinePaymentDecisions.Decide(History.Of<OnlinePaymentAttempt>(secondStarted)!, paid, PayfipAnswer.Of(Detail(idOp: "IDOP43")), Now.AddMinutes(1));

        second.AttemptEvents.Last().ShouldBe(new OnlinePaymentSettled(secondId, OnlinePaymentOutcome.Paid, 5840, true, "Overpaid", Now.AddMinutes(1)));
        var invoice = History.Of<Invoice>([Issued, .. first.InvoiceEvents, .. second.InvoiceEvents])!;
        (invoice.PaidCents, invoice.RemainingCents, invoice.StatusOn(DueOn)).ShouldBe((11680, -5840, InvoiceStatus.Paid));
        History.Of<OnlinePaymentAttempt>([secondStarted, .. second.AttemptEvents])!.NeedsAttention.ShouldBeTrue();
    }

    [Theory]
    [InlineData("P5")]
    [InlineData("P1")]
    [InlineData(PayfipAnswer.Unreachable)]
    public void No_outcome_yet_schedules_the_next_check_with_back_off(string code)
    {
        var at = Now.AddMinutes(20);
        var first = OnlinePaymentDecisions.Decide(Attempt(), Unpaid, PayfipAnswer.NoOutcome(code), at);
        first.AttemptEvents.ShouldBe([new OnlinePaymentCheckInconclusive(AttemptId, code, at, at.AddMinutes(20))]);

        var once = Attempt(first.AttemptEvents.Single());
        var later = at.AddMinutes(20);
        OnlinePaymentDecisions.Decide(once, Unpaid, PayfipAnswer.NoOutcome(code), later).AttemptEvents
            .ShouldBe([new OnlinePaymentCheckInconclusive(AttemptId, code, later, later.AddMinutes(40))]);
        (once.State, once.LastCode).ShouldBe((OnlinePaymentState.Pending, code));
    }

    [Fact]
    public void The_back_off_doubles_up_to_four_hours_and_never_passes_the_day()
    {
        OnlinePaymentDecisions.BackOff(0).ShouldBe(TimeSpan.FromMinutes(20));
        OnlinePaymentDecisions.BackOff(3).ShouldBe(TimeSpan.FromMinutes(160));
        OnlinePaymentDecisions.BackOff(30).ShouldBe(TimeSpan.FromHours(4));

        var nearTheEnd = Now.AddHours(23).AddMinutes(50);
        var check = (OnlinePaymentCheckInconclusive)OnlinePaymentDecisions.Decide(Attempt(), Unpaid, PayfipAnswer.NoOutcome("P5"), nearTheEnd).AttemptEvents.Single();
        check.NextCheckAt.ShouldBe(Now.AddDays(1));
    }

    [Theory]
    [InlineData("P5", true, OnlinePaymentState.Expired, false)]
    [InlineData("P1", true, OnlinePaymentState.Expired, false)]
    [InlineData(PayfipAnswer.Unreachable, false, OnlinePaymentState.Unanswered, true)]
    public void A_day_without_outcome_expires_the_attempt_or_shows_it_to_staff(string code, bool expired, OnlinePaymentState state, bool attention)
    {
        var dayLater = Now.AddDays(1);
        var resolution = OnlinePaymentDecisions.Decide(Attempt(), Unpaid, PayfipAnswer.NoOutcome(code), dayLater);

        resolution.AttemptEvents.ShouldBe([new OnlinePaymentAbandonedByPayfip(AttemptId, expired, code, dayLater)]);
        var after = Attempt(resolution.AttemptEvents.Single());
        (after.State, after.NeedsAttention, after.NextCheckAt).ShouldBe((state, attention, (DateTimeOffset?)null));
        OnlinePaymentDecisions.Decide(after, Unpaid, PayfipAnswer.NoOutcome(code), dayLater.AddHours(1)).ShouldBe(OnlinePaymentResolution.None);
    }

    [Fact]
    public void An_expired_attempt_paid_after_all_is_settled_when_the_late_answer_comes()
    {
        var expired = Attempt(new OnlinePaymentAbandonedByPayfip(AttemptId, false, PayfipAnswer.Unreachable, Now.AddDays(1)));

        var late = OnlinePaymentDecisions.Decide(expired, Unpaid, PayfipAnswer.Of(Detail()), Now.AddDays(2));

        late.InvoiceEvents.ShouldHaveSingleItem().ShouldBeOfType<InvoicePaidOnline>().AmountCents.ShouldBe(5840);
        Attempt([new OnlinePaymentAbandonedByPayfip(AttemptId, false, PayfipAnswer.Unreachable, Now.AddDays(1)), .. late.AttemptEvents]).State.ShouldBe(OnlinePaymentState.Paid);
    }

    private static void Settles(PayfipFields detail, string problem)
    {
        var resolution = OnlinePaymentDecisions.Decide(Attempt(), Unpaid, PayfipAnswer.Of(detail), Now);

        resolution.AttemptEvents.ShouldBe([
            new OnlinePaymentDetailed(AttemptId, detail, Now),
            new OnlinePaymentSettled(AttemptId, OnlinePaymentOutcome.Anomaly, null, false, problem, Now)]);
        resolution.InvoiceEvents.ShouldBeEmpty();
        var after = History.Of<OnlinePaymentAttempt>([Started(), .. resolution.AttemptEvents])!;
        (after.State, after.NeedsAttention, after.Problem).ShouldBe((OnlinePaymentState.Anomaly, true, problem));
    }
}
