using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Domain;
using Cantine.Reservations.Domain;

namespace Cantine.Reservations.Features.Shared;

internal static class Refusals
{
    public static Error Of(string key, string? field = null, params object[] args) => new(key, ReservationsText.Get(key, args), field);

    /// <summary>The French error of a refused decision; a date argument is written "lundi 3 novembre 2031".</summary>
    public static Error Of(Decision refused) => Of(refused.Refusal!, refused.Field, [.. refused.Args.Select(a => a is DateOnly d ? FrenchDates.DayAndYear(d) : a)]);

    /// <summary>The French error of a refused booking decision, naming the child, the day and the service concerned.</summary>
    public static Error Of(Decision refused, BookingSituation situation) =>
        refused.Args is [BookingRefusal refusal] ? Of(refusal, situation, refused.Field ?? "Ticked") : Of(refused);

    private static Error Of(BookingRefusal refusal, BookingSituation situation, string field)
    {
        var cell = refusal.Cell;
        var child = cell is not null && situation.Children.TryGetValue(cell.ChildId, out var c) ? c.FirstName : "";
        var service = cell is not null && situation.Services.TryGetValue(cell.ServiceId, out var s) ? s.Name : "";
        var day = cell is null ? "" : FrenchDates.Day(cell.Date);
        return refusal.Key switch
        {
            "Bookings.Late" => Of(refusal.Key, field, FrenchDates.Deadline(refusal.Deadline!.Value)),
            "Bookings.OutsidePeriod" or "Bookings.ClosedDay" => Of(refusal.Key, field, day),
            "Bookings.NotEnrolled" => Of(refusal.Key, field, child, service),
            "Bookings.NotBookableByParents" => Of(refusal.Key, field, service),
            "Bookings.ServiceNotRunning" => Of(refusal.Key, field, service, day),
            "Bookings.HeldByOtherFamily" => Of(refusal.Key, field, child, day, service),
            _ => Of(refusal.Key, field),
        };
    }
}
