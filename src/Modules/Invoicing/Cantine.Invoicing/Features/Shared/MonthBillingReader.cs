using Cantine.BuildingBlocks.Tenancy;
using Cantine.Invoicing.Domain.Billing;
using Cantine.Invoicing.Domain.Copies;
using Cantine.Invoicing.Domain.Quotients;
using Cantine.Invoicing.Domain.Settings;
using Cantine.Invoicing.Domain.Tariffs;
using Marten;
using Marten.Services.BatchQuerying;

namespace Cantine.Invoicing.Features.Shared;

/// <summary>
/// The seam the monthly batch uses (ADR 0028): for the current tenant and one month, reads every input of the billing rules
/// in ONE Marten batched query (the month's bookings and validated sheets, services, children, tariffs, quotients, the
/// settings, and optionally the batch's own query of the carried amounts), then computes the bills
/// of every family with something to bill (<see cref="MonthBilling.Compute"/>).
/// The whole month is always read, even for a set of families: who is billed an unbooked presence, and which of two
/// families is billed a day both booked, depend on the other families' bookings. Read once per run, not per chunk.
/// </summary>
public sealed class MonthBillingReader(IQuerySession session, ITenantContext tenant)
{
    public Task<MonthBillingResult> ReadAsync(DateOnly month, IReadOnlyDictionary<Guid, int>? carriedCents = null, IReadOnlySet<Guid>? families = null, CancellationToken ct = default) =>
        ReadAsync(month, _ => Task.FromResult(carriedCents ?? new Dictionary<Guid, int>()), families, ct);

    /// <param name="carried">Enlists the batch's query of the amounts carried to this month in the same batched query.</param>
    public async Task<MonthBillingResult> ReadAsync(
        DateOnly month, Func<IBatchedQuery, Task<IReadOnlyDictionary<Guid, int>>> carried, IReadOnlySet<Guid>? families = null, CancellationToken ct = default)
    {
        var first = BookingMonth.MonthOf(month);
        var batch = session.CreateBatchQuery();
        var settingsRead = batch.Load<BillingSettings>(BillingSettings.IdFor(tenant.TenantId));
        var bookingsRead = batch.Query<BookingMonth>().Where(b => b.Month == first).ToList();
        var sheetsRead = batch.Query<AttendanceSheetCopy>().Where(s => s.Month == first).ToList();
        var servicesRead = batch.Query<BillingService>().ToList();
        var childrenRead = batch.Query<BillingChild>().ToList();
        var tariffsRead = batch.Query<ServiceTariff>().ToList();
        var quotientsRead = batch.Query<FamilyQuotients>().ToList();
        var carriedRead = carried(batch);
        await batch.Execute(ct);

        var rules = (await settingsRead ?? BillingSettings.Defaults(tenant.TenantId)).RulesFor(first);
        var input = new MonthBillingInput(
            first, rules, await bookingsRead, await sheetsRead, await servicesRead, await childrenRead, await tariffsRead, await quotientsRead,
            await carriedRead, families);
        return new MonthBillingResult(first, rules, MonthBilling.Compute(input));
    }
}
