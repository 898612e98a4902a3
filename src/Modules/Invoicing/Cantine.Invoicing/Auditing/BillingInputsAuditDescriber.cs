using System.Globalization;
using Cantine.Audit.Contracts.Describing;
using Cantine.Invoicing.Domain.Copies;
using Cantine.Invoicing.Domain.Quotients;
using Cantine.Invoicing.Domain.Settings;
using Cantine.Invoicing.Domain.Tariffs;
using Marten;

namespace Cantine.Invoicing.Auditing;

/// <summary>
/// The audit log's French sentences for the billing inputs staff change (ADR 0028): the town's billing rules, a service's
/// prices by quotient, a family's quotients (listed in that family's log).
/// </summary>
internal sealed class BillingInputsAuditDescriber(IQuerySession session) : IAuditDescriber
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public IReadOnlyCollection<Type> Ignored { get; } = [];

    public async ValueTask<string?> DescribeAsync(AuditedEvent e, CancellationToken ct) => e.Data switch
    {
        BillingRulesSet x => BillingText.Get("Audit.RulesSet", x.Rules.EffectiveFrom.ToString("MMMM yyyy", French)),
        PriceBracketsSet x => BillingText.Get("Audit.BracketsSet", await ServiceAsync(x.ServiceId, ct), Date(x.EffectiveFrom), Brackets(x)),
        QuotientRecorded x => BillingText.Get("Audit.QuotientRecorded", x.Period.Value, Date(x.Period.ValidFrom), Date(x.Period.ValidTo)),
        QuotientWithdrawn => BillingText.Get("Audit.QuotientWithdrawn"),
        _ => null,
    };

    public ValueTask<IReadOnlyCollection<Guid>> FamilyStreamsAsync(Guid familyId, CancellationToken ct) =>
        ValueTask.FromResult<IReadOnlyCollection<Guid>>([FamilyQuotients.IdFor(familyId)]);

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", French);

    private static string Brackets(PriceBracketsSet x)
    {
        if (x.Brackets.Count == 0)
        {
            return BillingText.Get("Audit.NoBrackets");
        }

        var schedule = new TariffSchedule(x.EffectiveFrom, x.Brackets);
        return string.Join(", ", x.Brackets.Select((b, i) => $"{schedule.LabelOf(i)} : {(b.PriceCents / 100m).ToString("0.00", French)} €"));
    }

    private async Task<string> ServiceAsync(Guid id, CancellationToken ct) => (await session.LoadAsync<BillingService>(id, ct))?.Name ?? "?";
}
