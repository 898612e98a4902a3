using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;

namespace Cantine.Reservations.IntegrationEventHandlers;

/// <summary>
/// Creates the town's booking calendar with the default deadline rule (ADR 0012, 0013) through
/// <see cref="BookingCalendarDecisions"/>; a second delivery changes nothing.
/// </summary>
public sealed class StructureCreatedHandler
{
    public static async Task Handle(StructureCreatedIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        var id = BookingCalendar.IdFor(message.TenantId);
        var stream = await session.Events.FetchForWriting<BookingCalendar>(id, ct);
        var kind = Names.TryPeriodKind(message.PeriodKind, out var parsed) ? parsed : PeriodKind.Week;
        stream.AppendMany(BookingCalendarDecisions.Decide(new CreateBookingCalendar(id, kind, message.OpeningDays), stream.Aggregate).Events);
    }
}
