using Cantine.Invoicing.Domain.Copies;
using Cantine.Invoicing.Domain.Quotients;
using Cantine.Invoicing.Domain.Settings;
using Cantine.Invoicing.Domain.Tariffs;

namespace Cantine.Invoicing.Domain.Billing;

/// <summary>
/// Everything the billing rules need for one town-month: the copies of bookings and validated sheets of the month, the
/// services, children, tariffs, quotients, the rules in force for the month, and the amounts carried from earlier months
/// per family. <see cref="OnlyFamilies"/> restricts the bills computed (null: every family with something to bill).
/// </summary>
public sealed record MonthBillingInput(
    DateOnly Month,
    BillingRules Rules,
    IReadOnlyList<BookingMonth> Bookings,
    IReadOnlyList<AttendanceSheetCopy> Sheets,
    IReadOnlyList<BillingService> Services,
    IReadOnlyList<BillingChild> Children,
    IReadOnlyList<ServiceTariff> Tariffs,
    IReadOnlyList<FamilyQuotients> Quotients,
    IReadOnlyDictionary<Guid, int> CarriedCents,
    IReadOnlySet<Guid>? OnlyFamilies = null);
