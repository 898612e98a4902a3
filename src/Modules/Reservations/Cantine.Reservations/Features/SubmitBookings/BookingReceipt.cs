using Cantine.BuildingBlocks.Domain;
using Cantine.Reservations.Contracts.IntegrationEvents;
using Cantine.Reservations.Domain;
using Wolverine;

namespace Cantine.Reservations.Features.SubmitBookings;

/// <summary>
/// What a guardian's accepted `Valider` tells Messaging for the confirmation e-mail (ADR 0033), through the outbox in the
/// command's transaction; nothing when it changed nothing or no guardian sent it (the demo's seed, a tool).
/// </summary>
internal static class BookingReceipt
{
    public static async Task PublishAsync(
        IMessageBus bus, string tenantId, BookingSituation situation, FamilyBookings? before, Decision accepted, Guid? guardianId, Guid submissionId,
        int totalCents, DateTimeOffset now)
    {
        var (booked, cancelled) = FamilyBookingsDecisions.ChangeIn(accepted);
        if (guardianId is not { } guardian || booked.Count + cancelled.Count == 0)
        {
            return;
        }

        var nowBooked = (before?.Cells ?? []).Except(cancelled).Union(booked).ToList();
        var period = situation.Period;
        await bus.PublishAsync(new BookingsSubmittedIntegrationEvent(
            tenantId, situation.FamilyId, guardian, submissionId, period.Kind.ToString(), period.Start, period.End, situation.Calendar.DeadlineOf(period),
            Lines(situation, booked), Lines(situation, cancelled), Lines(situation, nowBooked), totalCents, now));
    }

    private static IReadOnlyList<BookedDayLine> Lines(BookingSituation situation, IEnumerable<BookedCell> cells) =>
        [.. cells
            .Select(c => new BookedDayLine(
                situation.Children.TryGetValue(c.ChildId, out var child) ? child.FirstName : "?",
                situation.Services.TryGetValue(c.ServiceId, out var service) ? service.Name : "?",
                c.Date))
            .OrderBy(l => l.ChildFirstName, StringComparer.Ordinal).ThenBy(l => l.Date).ThenBy(l => l.ServiceName, StringComparer.Ordinal)];
}
