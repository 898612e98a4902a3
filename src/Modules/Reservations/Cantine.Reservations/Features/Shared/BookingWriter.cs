using System.Globalization;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts;
using Cantine.Reservations.Contracts.IntegrationEvents;
using Cantine.Reservations.Contracts.SubmitBookings;
using Cantine.Reservations.Domain;
using Marten;
using Wolverine;

namespace Cantine.Reservations.Features.Shared;

/// <summary>
/// Loads, locks, decides, appends and publishes one family's period change, all in the command's transaction:
/// the path shared by `Valider`, staff corrections and copied patterns (ADR 0012).
/// </summary>
internal static class BookingWriter
{
    public static string VersionOf(FamilyBookings? sheet) => (sheet?.Revision ?? FamilyBookings.NoRevision).ToString(CultureInfo.InvariantCulture);

    public static async Task<Result<BookingsSavedDto>> ChangeAsync(
        IDocumentSession session, IMessageBus bus, string tenantId, DateTimeOffset now, BookingRequest request, CancellationToken ct)
    {
        if (await session.CalendarAsync(tenantId, ct) is not { } calendar)
        {
            return Refusals.Of("Calendar.Missing");
        }

        var period = calendar.PeriodContaining(request.PeriodStart);
        if (period.Start != request.PeriodStart)
        {
            return Refusals.Of("Bookings.UnknownPeriod", "PeriodStart");
        }

        var children = await session.ChildrenOfAsync(request.FamilyId, ct);
        await session.LockAsync(tenantId, request.FamilyId, period, children.Select(c => c.Id), ct);
        var sheet = await session.SheetAsync(tenantId, request.FamilyId, period, ct);
        var situation = await session.SituationAsync(tenantId, calendar, period, request.FamilyId, children, request.ByStaff, ct);
        if (request.SubmissionId is { } submissionId && sheet?.Outcome(submissionId) is { } done)
        {
            return new BookingsSavedDto(done.Booked, done.Cancelled, BookingTotals.TotalCents(situation.Calendar, situation.Services, sheet.Cells));
        }

        if (request.Version is not null && request.Version != VersionOf(sheet))
        {
            return Refusals.Of(ReservationsErrors.StaleVersion, "Version");
        }

        if (!request.ByStaff && await session.LoadAsync<ArchivedFamily>(request.FamilyId, ct) is not null)
        {
            return Refusals.Of("Bookings.FamilyArchived");
        }

        var change = request.Decide(situation, sheet);
        if (change.Refusal is { } refusal)
        {
            return Refusals.Of(refusal, situation);
        }

        var cells = (sheet?.Cells ?? []).Except(change.Cancelled).Union(change.Booked).ToList();
        var total = BookingTotals.TotalCents(situation.Calendar, situation.Services, cells);
        if (!change.IsEmpty)
        {
            Append(session, tenantId, request.FamilyId, period, sheet, request.ToEvent(change));
            await bus.PublishAsync(new BookingsConfirmedIntegrationEvent(
                tenantId, request.FamilyId, period.Start, period.End, Lines(situation, change.Booked), Lines(situation, change.Cancelled), total,
                request.StaffUserId, now));
        }

        return new BookingsSavedDto(change.Booked.Count, change.Cancelled.Count, total);
    }

    private static void Append(IDocumentSession session, string tenantId, Guid familyId, BookingPeriod period, FamilyBookings? sheet, object change)
    {
        if (sheet is not null)
        {
            session.Events.Append(sheet.Id, change);
            return;
        }

        var id = FamilyBookings.StreamIdFor(tenantId, familyId, period.Start);
        session.Events.StartStream<FamilyBookings>(id, new FamilyPeriodOpened(id, familyId, period.Kind, period.Start, period.End), change);
    }

    private static IReadOnlyList<BookingLine> Lines(BookingSituation situation, IEnumerable<BookedCell> cells) =>
        [.. cells.Select(c => new BookingLine(c.ChildId, c.ServiceId, c.Date, situation.Services.TryGetValue(c.ServiceId, out var s) ? s.PriceOn(c.Date) : 0))];
}
