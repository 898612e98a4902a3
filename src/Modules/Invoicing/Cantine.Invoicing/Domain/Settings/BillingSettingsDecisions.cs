using Cantine.BuildingBlocks.Domain;

namespace Cantine.Invoicing.Domain.Settings;

/// <summary>
/// Rules take effect from a month's first day, never before the current month (Paris): a past month, whose invoices may be
/// issued, keeps the rules it had. Setting the rules already in force for that month changes nothing.
/// </summary>
public static class BillingSettingsDecisions
{
    public static Decision Decide(SetBillingRules command, BillingSettings? current, DateOnly today)
    {
        var rules = command.Rules;
        if (rules.EffectiveFrom.Day != 1)
        {
            return Decision.Refuse("Settings.NotFirstOfMonth", "EffectiveFrom");
        }

        if (rules.EffectiveFrom < new DateOnly(today.Year, today.Month, 1))
        {
            return Decision.Refuse("Settings.PastMonth", "EffectiveFrom");
        }

        var inForce = current?.RulesFor(rules.EffectiveFrom) ?? BillingRules.Defaults;
        return inForce with { EffectiveFrom = rules.EffectiveFrom } == rules
            ? Decision.Nothing
            : Decision.Append(new BillingRulesSet(command.SettingsId, rules, command.ByStaffUserId));
    }
}
