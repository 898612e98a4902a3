using Cantine.BuildingBlocks.Domain;
using Cantine.Reservations.Contracts;
using Cantine.Reservations.Contracts.IntegrationEvents;
using Cantine.Reservations.Contracts.SubmitBookings;
using Cantine.Reservations.Domain;
using Wolverine;

namespace Cantine.Reservations.Features.Shared;

/// <summary>What a family's period change tells the other modules (Invoicing, Messaging) and the page, whoever made it.</summary>
internal static class BookingsConfirmation
{
    /// <summary>
    /// Publishes <see cref="BookingsConfirmedIntegrationEvent"/> when the accepted decision changed something (through the
    /// outbox, in the command's transaction), and answers the cells booked and cancelled and the period's new total.
    /// </summary>
    public static async Task<BookingsSavedDto> ConfirmAsync(
        this IMessageBus bus, string tenantId, BookingSituation situation, FamilyBookings? sheet, Decision accepted, Guid? staffUserId, DateTimeOffset now)
    {
        var (booked, cancelled) = FamilyBookingsDecisions.ChangeIn(accepted);
        var cells = (sheet?.Cells ?? []).Except(cancelled).Union(booked).ToList();
        var total = BookingTotals.TotalCents(situation.Calendar, situation.Services, cells);
        if (booked.Count + cancelled.Count > 0)
        {
            var period = situation.Period;
            await bus.PublishAsync(new BookingsConfirmedIntegrationEvent(
                tenantId, situation.FamilyId, period.Start, period.End, Lines(situation, booked), Lines(situation, cancelled), total, staffUserId, now));
        }

        return new BookingsSavedDto(booked.Count, cancelled.Count, total);
    }

    private static IReadOnlyList<BookingLine> Lines(BookingSituation situation, IEnumerable<BookedCell> cells) =>
        [.. cells.Select(c => new BookingLine(c.ChildId, c.ServiceId, c.Date, situation.Services.TryGetValue(c.ServiceId, out var s) ? s.PriceOn(c.Date) : 0))];
}
