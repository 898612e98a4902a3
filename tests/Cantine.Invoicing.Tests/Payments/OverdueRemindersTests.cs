using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Contracts.IssueMonthInvoices;
using Cantine.Invoicing.Contracts.RecordPayment;
using Cantine.Invoicing.Contracts.RemindOverdueInvoices;
using Cantine.Invoicing.Domain.Parties;
using Cantine.Invoicing.Tests.Batch;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Invoicing.Tests.Payments;

/// <summary>
/// Overdue reminders through Messaging's outbox: August 2030's invoices are due on 10 October; a family with an e-mail and
/// an unpaid invoice is reminded the day after (level 1) and two weeks later (level 2), each once; a paid invoice is not.
/// </summary>
public sealed class OverdueRemindersTests(OverdueRemindersTests.App app) : IClassFixture<OverdueRemindersTests.App>
{
    private const string Town = "rappels";

    public sealed class App : BatchApp
    {
        protected override async Task SeedAsync()
        {
            await base.SeedAsync();
            (await this.SendTrackedAsync(Town, s => s.Send(new IssueMonthInvoicesCommand(August)))).Result.ShouldSucceed();
            await WaitUntilCompletedAsync(Town);
            await using var session = Services.GetRequiredService<IDocumentStore>().LightweightSession(Town);
            foreach (var i in new[] { 0, 1 })
            {
                session.Store(new FamilyCopy(StubBills.Families[i], $"Famille {i}", null, "Parent", "1 rue", "69001", "Lyon", $"famille{i}@rappels.test", 1));
            }

            await session.SaveChangesAsync();
        }
    }

    private async Task<int> RemindAsync(int day)
    {
        app.Clock.SetParisTime(new DateTime(2030, 10, day, 8, 0, 0));
        return (await app.SendTrackedAsync(Town, s => s.Send(new RemindOverdueInvoicesCommand()))).Result.ShouldSucceed();
    }

    [Fact]
    public async Task Each_level_is_emailed_once_to_families_with_an_unpaid_invoice()
    {
        var paid = (await app.InvoicesAsync(Town)).Single(i => i.FamilyId == StubBills.Families[1]);
        app.Clock.SetParisTime(new DateTime(2030, 10, 1, 8, 0, 0));
        (await app.SendAsync(Town, s => s.Send(new RecordPaymentCommand(
            paid.Id, Guid.NewGuid(), paid.TotalCents, new DateOnly(2030, 10, 1), PaymentMethod.Cash, null, Guid.NewGuid(), "Anne Régie")))).ShouldSucceed();

        var onDueDate = await RemindAsync(10);
        var dayAfter = await RemindAsync(11);
        var again = await RemindAsync(12);
        var twoWeeks = await RemindAsync(26);
        var later = await RemindAsync(30);

        (onDueDate, dayAfter, again, twoWeeks, later).ShouldBe((0, 1, 0, 1, 0));
        var emails = app.EmailsTo("famille0@rappels.test");
        emails.Count.ShouldBe(2);
        emails.ShouldAllBe(m => m.Subject!.StartsWith("Rappel : facture 2030-", StringComparison.Ordinal));
        app.EmailsTo("famille1@rappels.test").ShouldBeEmpty();
        var reminded = (await app.InvoicesAsync(Town)).Single(i => i.FamilyId == StubBills.Families[0]);
        reminded.RemindersSent.ShouldBe(2);
    }
}
