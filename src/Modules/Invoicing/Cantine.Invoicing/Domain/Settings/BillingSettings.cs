using Cantine.BuildingBlocks.Domain;

namespace Cantine.Invoicing.Domain.Settings;

/// <summary>
/// The town's billing rules, effective-dated by month: one stream per town, its inline snapshot read by the page and the
/// batch. A month is billed with the rules in force on its first day, so a later change never rewrites an issued invoice.
/// </summary>
public sealed record BillingSettings(Guid Id, IReadOnlyList<BillingRules> Versions)
{
    public static Guid IdFor(string tenantId) => StableId.For("invoicing-billing-settings", tenantId);

    public static BillingSettings Defaults(string tenantId) => new(IdFor(tenantId), []);

    public static BillingSettings Create(BillingRulesSet e) => new(e.SettingsId, [e.Rules]);

    /// <summary>A new version replaces one from the same month (set again before that month came).</summary>
    public BillingSettings Apply(BillingRulesSet e) =>
        this with { Versions = [.. Versions.Where(v => v.EffectiveFrom != e.Rules.EffectiveFrom), e.Rules] };

    /// <summary>The rules in force for <paramref name="month"/> (any day of it), or the defaults before any change.</summary>
    public BillingRules RulesFor(DateOnly month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        return Versions.Where(v => v.EffectiveFrom <= first).MaxBy(v => v.EffectiveFrom) ?? BillingRules.Defaults;
    }
}
