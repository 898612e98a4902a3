using Cantine.Invoicing.Domain.Copies;
using Cantine.Invoicing.Domain.Quotients;
using Cantine.Invoicing.Domain.Tariffs;

namespace Cantine.Invoicing.Domain.Billing;

/// <summary>
/// Prices a family's billable days and groups them into lines: one per child × service × unit price × bracket (a price or
/// bracket change mid-month gives two lines), then the surcharge lines, then the amount carried. Integer cents throughout.
/// </summary>
internal sealed class MonthBillingLines(
    MonthBillingInput input, IReadOnlyDictionary<Guid, BillingService> services, IReadOnlyDictionary<Guid, BillingChild> children)
{
    private readonly Dictionary<Guid, ServiceTariff> _tariffs = input.Tariffs.ToDictionary(t => t.ServiceId);
    private readonly Dictionary<Guid, FamilyQuotients> _quotients = input.Quotients.ToDictionary(q => q.FamilyId);

    public FamilyBill BillOf(DateOnly month, Guid familyId, IReadOnlyList<BillableDay> days, IEnumerable<string> anomalies)
    {
        var problems = anomalies.ToList();
        var noQuotient = false;
        var priced = days.Select(d =>
        {
            var (price, bracket, missing) = PriceOf(familyId, d);
            noQuotient |= missing;
            if (missing)
            {
                problems.Add(BillingWords.NoQuotient(ChildName(d.ChildId), ServiceName(d.ServiceId)));
            }

            return (Day: d, Price: price, Bracket: bracket);
        }).ToList();

        var lines = new List<BillLine>();
        foreach (var group in priced
            .GroupBy(p => (p.Day.ChildId, p.Day.ServiceId, p.Price, p.Bracket))
            .OrderBy(g => ChildName(g.Key.ChildId), StringComparer.Ordinal).ThenBy(g => ServiceName(g.Key.ServiceId), StringComparer.Ordinal)
            .ThenBy(g => g.Min(p => p.Day.Date)))
        {
            var (child, service, price, bracket) = group.Key;
            lines.Add(new BillLine(child, ChildName(child), service, ServiceName(service), ServiceName(service), group.Count(), price, group.Count() * price, bracket));
        }

        foreach (var group in priced.Where(p => p.Day.Unbooked)
            .GroupBy(p => (p.Day.ChildId, p.Day.ServiceId, Surcharge: input.Rules.SurchargeOn(p.Price)))
            .Where(g => g.Key.Surcharge != 0)
            .OrderBy(g => ChildName(g.Key.ChildId), StringComparer.Ordinal).ThenBy(g => g.Min(p => p.Day.Date)))
        {
            var (child, service, surcharge) = group.Key;
            lines.Add(new BillLine(child, ChildName(child), service, ServiceName(service), BillingWords.Surcharge, group.Count(), surcharge, group.Count() * surcharge, null));
        }

        if (input.CarriedCents.TryGetValue(familyId, out var carried) && carried != 0)
        {
            lines.Add(new BillLine(null, string.Empty, null, string.Empty, BillingWords.Carried, 1, carried, carried, null));
        }

        var total = lines.Sum(l => l.AmountCents);
        return new FamilyBill(familyId, month, lines, total, noQuotient, [.. problems.Distinct()])
        {
            BelowMinimum = total < input.Rules.MinimumInvoiceCents,
        };
    }

    /// <summary>The bracket's price when the service has brackets that day (the highest without a valid quotient), else the day's unit price.</summary>
    private (int Price, string? Bracket, bool NoQuotient) PriceOf(Guid familyId, BillableDay day)
    {
        if (_tariffs.GetValueOrDefault(day.ServiceId)?.On(day.Date) is { } schedule)
        {
            var quotient = _quotients.GetValueOrDefault(familyId)?.On(day.Date);
            var (bracket, label) = schedule.BracketOf(quotient);
            return (bracket.PriceCents, label, quotient is null);
        }

        return (day.BookedPriceCents ?? services.GetValueOrDefault(day.ServiceId)?.PriceOn(day.Date) ?? 0, null, false);
    }

    private string ChildName(Guid id) => children.GetValueOrDefault(id) is { Erased: false } c ? c.FullName : BillingWords.UnknownChild;

    private string ServiceName(Guid id) => services.GetValueOrDefault(id)?.Name ?? BillingWords.UnknownService;
}
