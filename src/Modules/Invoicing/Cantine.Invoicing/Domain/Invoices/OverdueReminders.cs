using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Domain;

namespace Cantine.Invoicing.Domain.Invoices;

/// <summary>
/// Reminders of an unpaid invoice: level 1 the day after the due date, level 2 from <see cref="SecondLevelAfterDays"/> days
/// after it; each level once. A paid or credited invoice, or a credit note, is never reminded.
/// </summary>
public static class OverdueReminders
{
    public const int SecondLevelAfterDays = 15;

    public static int LevelDue(Invoice invoice, DateOnly today) =>
        invoice.IsCreditNote || invoice.RemainingCents <= 0 || today <= invoice.DueOn ? 0
        : today > invoice.DueOn.AddDays(SecondLevelAfterDays) ? 2
        : 1;

    public static Decision Decide(Invoice? invoice, DateTimeOffset now)
    {
        if (invoice is null)
        {
            return Decision.Refuse("InvoiceNotFound", "InvoiceId");
        }

        var level = LevelDue(invoice, ParisTime.DateOf(now));
        return level <= invoice.RemindersSent ? Decision.Nothing : Decision.Append(new InvoiceReminderSent(invoice.Id, level, now));
    }
}
