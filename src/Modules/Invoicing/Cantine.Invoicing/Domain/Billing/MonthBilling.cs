using Cantine.Invoicing.Domain.Copies;

namespace Cantine.Invoicing.Domain.Billing;

/// <summary>
/// The billing rules (ADR 0028, "Billing rules and rounding"), pure: which days of a month each family is billed.
/// Bookings basis: the booked days, except justified absences and, unless the town bills them, absences the family
/// signalled in time. Attendance basis: the days present, and a booked day the sheet left "not marked" (or with no
/// validated sheet) is billed as booked. A presence with no booking in any family is billed to the family that booked the
/// child most recently that month, else to the child's first family, at the day's price plus the town's surcharge.
/// A day booked by two families (separated parents) is billed once, to the family that booked it first.
/// </summary>
public static class MonthBilling
{
    public static IReadOnlyList<FamilyBill> Compute(MonthBillingInput input)
    {
        var first = new DateOnly(input.Month.Year, input.Month.Month, 1);
        var next = first.AddMonths(1);

        var services = input.Services.ToDictionary(s => s.Id);
        var months = input.Bookings.Where(b => b.Month == first).ToList();
        var marks = MonthIndexes.LatestMarks(input.Sheets, first, next);
        var booked = MonthIndexes.FirstBookers(months, first, next);

        var days = new List<BillableDay>();
        var anomalies = new List<(Guid FamilyId, string Text)>();
        foreach (var (key, (familyId, day)) in booked)
        {
            var basis = services.TryGetValue(day.ServiceId, out var service) ? service.Basis : BillingBasis.Bookings;
            if (IsBilled(basis, marks.GetValueOrDefault(key), input.Rules.BillSignalledAbsences))
            {
                days.Add(new BillableDay(familyId, day.ChildId, day.ServiceId, day.Date, day.UnitPriceCents, Unbooked: false));
            }
        }

        var children = input.Children.ToDictionary(c => c.Id);
        var latestBooker = MonthIndexes.LatestBookers(months);
        foreach (var mark in marks.Values.Where(m => m.IsPresent && !booked.ContainsKey((m.ChildId, m.ServiceId, m.Date))))
        {
            if (FamilyOfPresence(mark, latestBooker, children) is not { } familyId)
            {
                continue;
            }

            var unbooked = mark.Status == MarkStatus.PresentUnbooked;
            days.Add(new BillableDay(familyId, mark.ChildId, mark.ServiceId, mark.Date, null, unbooked));
            if (!unbooked)
            {
                anomalies.Add((familyId, BillingWords.PresentWithoutKnownBooking(
                    children.GetValueOrDefault(mark.ChildId)?.FullName ?? BillingWords.UnknownChild, services.GetValueOrDefault(mark.ServiceId)?.Name ?? BillingWords.UnknownService, mark.Date)));
            }
        }

        var families = days.Select(d => d.FamilyId).Concat(input.CarriedCents.Where(c => c.Value != 0).Select(c => c.Key))
            .Where(f => input.OnlyFamilies is null || input.OnlyFamilies.Contains(f)).Distinct().OrderBy(f => f);
        var lines = new MonthBillingLines(input, services, children);
        var daysOf = days.ToLookup(d => d.FamilyId);
        var anomaliesOf = anomalies.ToLookup(a => a.FamilyId, a => a.Text);
        return [.. families.Select(f => lines.BillOf(first, f, [.. daysOf[f]], anomaliesOf[f]))];
    }

    /// <summary>Whether a booked day is billed, given the sheet's mark of it (null: no validated sheet).</summary>
    public static bool IsBilled(BillingBasis basis, AttendanceMark? mark, bool billSignalledAbsences) => basis switch
    {
        BillingBasis.Attendance => mark is null || mark.Status is MarkStatus.Present or MarkStatus.PresentUnbooked or MarkStatus.NotMarked,
        _ => mark?.Status switch
        {
            MarkStatus.AbsentJustified => false,
            MarkStatus.Absent when mark.SignalledByFamily => billSignalledAbsences,
            _ => true,
        },
    };

    /// <summary>The family that booked the child most recently that month, else the child's first family.</summary>
    private static Guid? FamilyOfPresence(AttendanceMark mark, IReadOnlyDictionary<Guid, Guid> latestBooker, IReadOnlyDictionary<Guid, BillingChild> children) =>
        (latestBooker.TryGetValue(mark.ChildId, out var family) ? family : (Guid?)null)
            ?? children.GetValueOrDefault(mark.ChildId)?.FamilyIds.Cast<Guid?>().FirstOrDefault()
            ?? mark.FamilyIds.Cast<Guid?>().FirstOrDefault();
}
