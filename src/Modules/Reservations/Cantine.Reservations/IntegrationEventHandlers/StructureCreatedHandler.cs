using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;

namespace Cantine.Reservations.IntegrationEventHandlers;

/// <summary>Creates the town's booking calendar with the default deadline rule (ADR 0012, 0013); a second delivery changes nothing.</summary>
public sealed class StructureCreatedHandler
{
    public static async Task Handle(StructureCreatedIntegrationEvent message, IDocumentSession session, CancellationToken ct)
    {
        var id = BookingCalendar.IdFor(message.TenantId);
        if (await session.Events.FetchStreamStateAsync(id, ct) is not null)
        {
            return;
        }

        var kind = Names.TryPeriodKind(message.PeriodKind, out var parsed) ? parsed : PeriodKind.Week;
        session.Events.StartStream<BookingCalendar>(id, new BookingCalendarCreated(id, kind, [.. message.OpeningDays.Distinct()], DeadlineRule.Default));
    }
}
