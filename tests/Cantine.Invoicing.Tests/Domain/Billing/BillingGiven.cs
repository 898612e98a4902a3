using Cantine.Invoicing.Domain.Billing;
using Cantine.Invoicing.Domain.Copies;
using Cantine.Invoicing.Domain.Quotients;
using Cantine.Invoicing.Domain.Settings;
using Cantine.Invoicing.Domain.Tariffs;

namespace Cantine.Invoicing.Tests.Domain.Billing;

/// <summary>
/// Given: November 2027 (Thursday 11 is a bank holiday), the Durand and Roux families, Jade (of both: separated parents) and
/// Léo (Durand), lunch at 350 c billed on bookings and the evening club billed on attendance. Each test adds bookings,
/// marks, rules, brackets and quotients, then computes the month.
/// </summary>
internal sealed class BillingGiven
{
    public static readonly DateOnly November = new(2027, 11, 1);
    public static readonly Guid Durand = new("00000000-0000-0000-0000-00000000d001");
    public static readonly Guid Roux = new("00000000-0000-0000-0000-00000000d002");
    public static readonly Guid Jade = new("00000000-0000-0000-0000-0000000c0001");
    public static readonly Guid Leo = new("00000000-0000-0000-0000-0000000c0002");
    public static readonly Guid Lunch = new("00000000-0000-0000-0000-00000005e001");
    public static readonly Guid Club = new("00000000-0000-0000-0000-00000005e002");
    private static readonly DateTimeOffset Start = new(2027, 10, 20, 8, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<Guid, BookingMonth> _bookings = [];
    private readonly List<AttendanceMark> _marks = [];
    private readonly List<ServiceTariff> _tariffs = [];
    private readonly Dictionary<Guid, FamilyQuotients> _quotients = [];
    private readonly Dictionary<Guid, int> _carried = [];
    private int _tick;

    public BillingRules Rules { get; set; } = BillingRules.Defaults;

    public List<BillingService> Services { get; } =
    [
        new(Lunch, "Cantine du midi", BillingBasis.Bookings, [new(new DateOnly(2027, 9, 1), 350)], 1),
        new(Club, "Club du soir", BillingBasis.Attendance, [new(new DateOnly(2027, 9, 1), 200)], 1),
    ];

    public List<BillingChild> Children { get; } = [new(Jade, [Durand, Roux], "Jade", "Durand"), new(Leo, [Durand], "Léo", "Durand")];

    public static DateOnly Nov(int day) => new(2027, 11, day);

    /// <summary>Books days (each call a later instant than the previous one).</summary>
    public BillingGiven Book(Guid family, Guid child, Guid service, int price, params DateOnly[] days) => Change(family, child, service, price, true, days);

    public BillingGiven Cancel(Guid family, Guid child, Guid service, params DateOnly[] days) => Change(family, child, service, 0, false, days);

    public BillingGiven Mark(Guid child, Guid service, DateOnly day, MarkStatus status, bool signalled = false)
    {
        _marks.Add(new AttendanceMark(child, service, day, status, null, signalled, [Durand], Start.AddMinutes(++_tick)));
        return this;
    }

    public BillingGiven Brackets(Guid service, DateOnly from, params PriceBracket[] brackets)
    {
        var set = new PriceBracketsSet(ServiceTariff.IdFor(service), service, from, brackets, null);
        var current = _tariffs.FirstOrDefault(t => t.ServiceId == service);
        _tariffs.RemoveAll(t => t.ServiceId == service);
        _tariffs.Add(current is null ? ServiceTariff.Create(set) : current.Apply(set));
        return this;
    }

    /// <summary>Lunch priced 150 c for QF ≤ 500, 250 c for 501–900, 400 c above, from 1 September 2027.</summary>
    public BillingGiven ThreeLunchBrackets() =>
        Brackets(Lunch, new DateOnly(2027, 9, 1), new PriceBracket(500, 150), new PriceBracket(900, 250), new PriceBracket(null, 400));

    public BillingGiven Quotient(Guid family, int value, DateOnly from, DateOnly to)
    {
        var recorded = new QuotientRecorded(FamilyQuotients.IdFor(family), family, new QuotientPeriod(Guid.NewGuid(), value, from, to, null), null);
        _quotients[family] = _quotients.TryGetValue(family, out var q) ? q.Apply(recorded) : FamilyQuotients.Create(recorded);
        return this;
    }

    public BillingGiven Carried(Guid family, int cents)
    {
        _carried[family] = cents;
        return this;
    }

    public IReadOnlyList<FamilyBill> Compute(DateOnly? month = null, IReadOnlySet<Guid>? only = null) =>
        MonthBilling.Compute(new MonthBillingInput(
            month ?? November, Rules, [.. _bookings.Values], [new AttendanceSheetCopy(Guid.NewGuid(), November, November, Lunch, _marks)],
            Services, Children, _tariffs, [.. _quotients.Values], _carried, only));

    public FamilyBill BillOf(Guid family, DateOnly? month = null) => Compute(month).Single(b => b.FamilyId == family);

    private BillingGiven Change(Guid family, Guid child, Guid service, int price, bool booked, DateOnly[] days)
    {
        var at = Start.AddMinutes(++_tick);
        foreach (var day in days)
        {
            var id = BookingMonth.IdFor(family, day);
            var month = _bookings.GetValueOrDefault(id) ?? BookingMonth.Empty(family, day);
            _bookings[id] = month.With(new BookedDay(child, service, day, price, booked, at));
        }

        return this;
    }
}
