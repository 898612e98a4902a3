using Cantine.Invoicing.Domain.Copies;
using Cantine.Reservations.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Invoicing.IntegrationEventHandlers;

/// <summary>
/// Copies the days booked and cancelled onto the booking family's month documents (one per month touched). Each day keeps
/// the instant of its latest change: a second delivery, or an older message handled late, changes nothing. The documents use
/// optimistic concurrency, so two messages of one family handled at once cannot both win; the loser is retried.
/// </summary>
public sealed class BookingsConfirmedHandler
{
    public static async Task Handle(BookingsConfirmedIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        // Cancellations first: a day cancelled and booked again in one message ends booked.
        var changes = message.Cancelled.Select(l => new BookedDay(l.ChildId, l.ServiceId, l.Date, l.UnitPriceCents, false, message.At))
            .Concat(message.Booked.Select(l => new BookedDay(l.ChildId, l.ServiceId, l.Date, l.UnitPriceCents, true, message.At)))
            .ToList();
        var months = changes.Select(c => BookingMonth.MonthOf(c.Date)).Distinct().ToList();
        if (months.Count == 0)
        {
            return;
        }

        var existing = (await session.LoadManyAsync<BookingMonth>(ct, months.Select(m => BookingMonth.IdFor(message.FamilyId, m)).ToArray()))
            .ToDictionary(m => m.Month);
        foreach (var month in months)
        {
            var current = existing.GetValueOrDefault(month);
            var changed = changes.Where(c => BookingMonth.MonthOf(c.Date) == month)
                .Aggregate(current ?? BookingMonth.Empty(message.FamilyId, month), (m, c) => m.With(c));
            if (current is null)
            {
                session.Insert(changed);
            }
            else if (!ReferenceEquals(changed, current))
            {
                session.Update(changed);
            }
        }
    }
}
