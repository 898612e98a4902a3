using Cantine.Invoicing.Domain.Billing;
using Cantine.Invoicing.Domain.Settings;
using Cantine.Invoicing.Features.Batch;
using Cantine.Invoicing.Features.Shared;
using Marten.Services.BatchQuerying;

namespace Cantine.Invoicing.Tests.Batch;

/// <summary>
/// The tests' own bill source (the batch is tested apart from the billing rules): <see cref="FamilyCount"/> families, each
/// with one line of 4 to 23 lunches at 3,50 €; <see cref="Small"/> is billed 3,00 €, under the 5,00 € minimum, and carried.
/// The amount carried to a month is added as a line, as the billing rules do.
/// </summary>
internal sealed class StubBills : IBatchBillSource
{
    public const int FamilyCount = 20;
    public const int MinimumCents = 500;

    public static readonly IReadOnlyList<Guid> Families = [.. Enumerable.Range(1, FamilyCount).Select(i => new Guid($"f0000000-0000-0000-0000-{i:D12}"))];

    public static Guid Small => Families[6];

    public static int TotalOf(Guid family) => family == Small ? 300 : (4 + Families.ToList().IndexOf(family)) * 350;

    public int Reads { get; private set; }

    public async Task<MonthBillingResult> ReadAsync(DateOnly month, Func<IBatchedQuery, Task<IReadOnlyDictionary<Guid, int>>> carried, CancellationToken ct)
    {
        Reads++;
        await Task.CompletedTask;
        var rules = BillingRules.Defaults with { MinimumInvoiceCents = MinimumCents, ChequePayableTo = "Régie de la cantine" };
        var bills = Families.Select(f =>
        {
            var total = TotalOf(f);
            BillLine line = f == Small
                ? new(null, "", null, "", "Goûter", 1, 300, 300, null)
                : new(Guid.NewGuid(), "Enfant " + f.ToString()[^2..], Guid.NewGuid(), "Déjeuner", "Déjeuner", total / 350, 350, total, "QF ≤ 500");
            return new FamilyBill(f, month, [line], total, false, []) { BelowMinimum = total < MinimumCents };
        });
        return new MonthBillingResult(month, rules, [.. bills]);
    }
}
