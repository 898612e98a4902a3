using Cantine.Invoicing.Domain.Invoices;
using Cantine.Testing.Decisions;
using static Cantine.Invoicing.Tests.Domain.Invoices.InvoiceGiven;

namespace Cantine.Invoicing.Tests.Domain.Invoices;

/// <summary>Reminders: none until the due date has passed, level 1 the day after, level 2 after two weeks, each once.</summary>
public sealed class OverdueRemindersDecisionsTests
{
    private static DateTimeOffset ParisNoon(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(1));

    [Fact]
    public void Nothing_on_the_due_date_level_one_the_day_after_level_two_after_two_weeks()
    {
        var invoice = History.Of<Invoice>(Issued)!;

        OverdueReminders.Decide(invoice, ParisNoon(DueOn)).ShouldChangeNothing();
        OverdueReminders.Decide(invoice, ParisNoon(DueOn.AddDays(1))).ShouldAppend(new InvoiceReminderSent(InvoiceId, 1, ParisNoon(DueOn.AddDays(1))));
        OverdueReminders.LevelDue(invoice, DueOn.AddDays(15)).ShouldBe(1);
        OverdueReminders.LevelDue(invoice, DueOn.AddDays(16)).ShouldBe(2);
    }

    [Fact]
    public void A_level_already_sent_is_not_sent_again_and_a_paid_invoice_is_never_reminded()
    {
        var reminded = History.Of<Invoice>(Issued, new InvoiceReminderSent(InvoiceId, 1, Now))!;
        var paid = History.Of<Invoice>(Issued, InvoiceDecisions.Decide(Payment(5840), History.Of<Invoice>(Issued), Now).Events.Single())!;

        OverdueReminders.Decide(reminded, ParisNoon(DueOn.AddDays(3))).ShouldChangeNothing();
        OverdueReminders.Decide(reminded, ParisNoon(DueOn.AddDays(20))).Events.ShouldHaveSingleItem().ShouldBe(new InvoiceReminderSent(InvoiceId, 2, ParisNoon(DueOn.AddDays(20))));
        OverdueReminders.Decide(paid, ParisNoon(DueOn.AddDays(20))).ShouldChangeNothing();
    }
}
