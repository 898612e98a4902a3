using Cantine.BuildingBlocks.Domain;

namespace Cantine.Reservations.Domain;

/// <summary>
/// The decisions on a family's period (ADR 0012, 0013): pure functions of the command, the period's state, the
/// <see cref="BookingSituation"/> the handler loaded under the period's locks, and the time. The cells come from
/// <see cref="BookingRules"/>; a refusal carries its <see cref="BookingRefusal"/> as its only argument. The first
/// change of a period opens its stream (<see cref="FamilyPeriodOpened"/>).
/// </summary>
public static class FamilyBookingsDecisions
{
    /// <summary>The key of <c>ReservationsErrors.StaleVersion</c> (Contracts), which the page acts upon.</summary>
    public const string StaleVersion = "Bookings.Stale";

    /// <summary>The same form sent again changes nothing; a stale page or an archived family changes nothing either, refused.</summary>
    public static Decision Decide(SubmitBookings command, FamilyBookings? sheet, BookingSituation situation, bool familyArchived, DateTimeOffset now)
    {
        if (sheet?.Outcome(command.SubmissionId) is not null)
        {
            return Decision.Nothing;
        }

        if (command.Version != FamilyBookings.VersionOf(sheet))
        {
            return Decision.Refuse(StaleVersion, "Version");
        }

        if (familyArchived)
        {
            return Decision.Refuse("Bookings.FamilyArchived");
        }

        var change = BookingRules.Decide(situation, sheet?.Cells ?? [], command.Ticked, now);
        return Changing(command.SheetId, sheet, situation, change, () =>
            new BookingsSubmitted(situation.FamilyId, situation.Period.Start, command.SubmissionId, change.Booked, change.Cancelled, now));
    }

    /// <summary>Staff may correct a closed period and an archived family's; a stale page is refused.</summary>
    public static Decision Decide(CorrectBookings command, FamilyBookings? sheet, BookingSituation situation, DateTimeOffset now)
    {
        if (command.Version != FamilyBookings.VersionOf(sheet))
        {
            return Decision.Refuse(StaleVersion, "Version");
        }

        var change = BookingRules.Decide(situation, sheet?.Cells ?? [], command.Ticked, now);
        return Changing(command.SheetId, sheet, situation, change, () =>
            new BookingsCorrected(situation.FamilyId, situation.Period.Start, command.StaffUserId, change.Booked, change.Cancelled, now));
    }

    /// <summary>The pattern ticks the target period's bookable days; the target's own deadline and rules decide.</summary>
    public static Decision Decide(CopyBookingPattern command, FamilyBookings? sheet, BookingSituation situation, bool familyArchived, DateTimeOffset now)
    {
        if (familyArchived)
        {
            return Decision.Refuse("Bookings.FamilyArchived");
        }

        var change = BookingRules.Decide(situation, sheet?.Cells ?? [], BookingPattern.Apply(command.Pattern, situation), now);
        return Changing(command.SheetId, sheet, situation, change, () =>
            new BookingPatternCopied(situation.FamilyId, situation.Period.Start, command.SourcePeriodStart, change.Booked, change.Cancelled, now));
    }

    /// <summary>The cells a decision books and cancels (none when it changes nothing).</summary>
    public static (IReadOnlyList<BookedCell> Booked, IReadOnlyList<BookedCell> Cancelled) ChangeIn(Decision decision) =>
        decision.Events.LastOrDefault() switch
        {
            BookingsSubmitted e => (e.Booked, e.Cancelled),
            BookingsCorrected e => (e.Booked, e.Cancelled),
            BookingPatternCopied e => (e.Booked, e.Cancelled),
            _ => ([], []),
        };

    private static Decision Changing(
        Guid sheetId, FamilyBookings? sheet, BookingSituation situation, BookingChange change, Func<object> changed)
    {
        if (change.Refusal is { } refusal)
        {
            return Decision.Refuse(refusal.Key, "Ticked", refusal);
        }

        if (change.IsEmpty)
        {
            return Decision.Nothing;
        }

        var period = situation.Period;
        return sheet is not null
            ? Decision.Append(changed())
            : Decision.Append(new FamilyPeriodOpened(sheetId, situation.FamilyId, period.Kind, period.Start, period.End), changed());
    }
}
