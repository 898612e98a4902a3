using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Contracts.IntegrationEvents;
using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Contracts.RemindOverdueInvoices;
using Cantine.Invoicing.Domain.Invoices;
using Cantine.Invoicing.Domain.Parties;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Invoicing.Features.RemindOverdueInvoices;

/// <summary>
/// The unpaid invoices past due → for each whose level is not sent yet (<see cref="OverdueReminders"/>) and whose family has
/// an e-mail address: <see cref="InvoiceReminderSent"/> appended with the invoice's expected version and the integration
/// event published in the same transaction (Messaging e-mails it). Two runs at once: the loser runs again and finds them sent.
/// </summary>
public sealed class RemindOverdueInvoicesHandler(IDocumentSession session, ITenantContext tenant, TimeProvider clock, IMessageBus bus)
    : ICommandHandler<RemindOverdueInvoicesCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(RemindOverdueInvoicesCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ParisTime.DateOf(now);
        var overdue = await session.Query<Invoice>()
            .Where(i => i.Kind == InvoiceKind.Invoice && i.RemainingCents > 0 && i.DueOn < today && i.RemindersSent < 2).ToListAsync(ct);
        var due = overdue.Where(i => OverdueReminders.LevelDue(i, today) > i.RemindersSent).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var families = (await session.LoadManyAsync<FamilyCopy>(ct, due.Select(i => i.FamilyId).Distinct())).ToDictionary(f => f.Id);
        var town = await session.LoadAsync<TownCopy>(TownCopy.SingletonId, ct);
        var sent = 0;
        foreach (var invoice in due)
        {
            if (!families.TryGetValue(invoice.FamilyId, out var family) || family.Erased || string.IsNullOrWhiteSpace(family.Email))
            {
                continue;
            }

            var stream = await session.Events.FetchForWriting<Invoice>(invoice.Id, ct);
            var decision = OverdueReminders.Decide(stream.Aggregate, now);
            if (decision.Events.Count == 0)
            {
                continue;
            }

            stream.AppendMany(decision.Events);
            var level = ((InvoiceReminderSent)decision.Events[0]).Level;
            await bus.PublishAsync(new InvoiceOverdueIntegrationEvent(
                tenant.TenantId, invoice.Id, invoice.Number, level, invoice.FamilyName, family.Email, town?.Name ?? tenant.TenantId,
                stream.Aggregate!.RemainingCents, invoice.DueOn, invoice.FamilyId));
            sent++;
        }

        return sent;
    }
}
