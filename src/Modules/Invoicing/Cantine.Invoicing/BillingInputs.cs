using Cantine.Invoicing.Domain.Copies;
using Cantine.Invoicing.Domain.Quotients;
using Cantine.Invoicing.Domain.Settings;
using Cantine.Invoicing.Domain.Tariffs;
using JasperFx.Events.Projections;
using Marten;

namespace Cantine.Invoicing;

/// <summary>The Marten schema of the billing inputs (ADR 0028): settings, tariffs and quotients streams, and the copies.</summary>
internal static class BillingInputs
{
    public static void Configure(StoreOptions options)
    {
        options.Events.AddEventTypes([typeof(BillingRulesSet), typeof(PriceBracketsSet), typeof(QuotientRecorded), typeof(QuotientWithdrawn)]);
        options.Projections.Snapshot<BillingSettings>(SnapshotLifecycle.Inline);
        options.Schema.For<BillingSettings>().DocumentAlias("invoicing_billing_settings");
        options.Projections.Snapshot<ServiceTariff>(SnapshotLifecycle.Inline);
        options.Schema.For<ServiceTariff>().DocumentAlias("invoicing_tariff");
        options.Projections.Snapshot<FamilyQuotients>(SnapshotLifecycle.Inline);
        options.Schema.For<FamilyQuotients>().DocumentAlias("invoicing_quotients");

        // Copies changed by integration-event handlers: a concurrent change fails and is retried, never overwritten.
        // The batch reads a month's bookings and sheets in one query each (index on the month).
        options.Schema.For<BookingMonth>().DocumentAlias("invoicing_booking_month").UseOptimisticConcurrency(true).Index(b => b.Month);
        options.Schema.For<AttendanceSheetCopy>().DocumentAlias("invoicing_sheet").UseOptimisticConcurrency(true).Index(s => s.Month);
        options.Schema.For<BillingService>().DocumentAlias("invoicing_service").UseOptimisticConcurrency(true);
        options.Schema.For<BillingChild>().DocumentAlias("invoicing_child").UseOptimisticConcurrency(true).GinIndexJsonData();
    }
}
