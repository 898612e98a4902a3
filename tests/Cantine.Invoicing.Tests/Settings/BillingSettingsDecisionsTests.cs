using Cantine.Invoicing.Domain.Settings;

namespace Cantine.Invoicing.Tests.Settings;

/// <summary>Given the town's billing rules, when an administrator sets them from a month, then…</summary>
public sealed class BillingSettingsDecisionsTests
{
    private static readonly DateOnly Today = new(2027, 10, 20);
    private static readonly Guid Id = BillingSettings.IdFor("regles");

    private static BillingRules Rules(DateOnly from, int minimum = 0) => BillingRules.Defaults with { EffectiveFrom = from, MinimumInvoiceCents = minimum };

    [Fact]
    public void The_defaults_bill_no_signalled_absence_no_surcharge_no_minimum_on_the_5th_with_30_days_to_pay()
    {
        var rules = BillingSettings.Defaults("regles").RulesFor(new DateOnly(2027, 11, 1));

        (rules.SurchargeKind, rules.BillSignalledAbsences, rules.MinimumInvoiceCents, rules.BatchDay, rules.PaymentDelayDays, rules.ChequePayableTo)
            .ShouldBe((SurchargeKind.None, false, 0, 5, 30, "Trésor public"));
        rules.DueDate(new DateOnly(2027, 12, 5)).ShouldBe(new DateOnly(2028, 1, 4));
    }

    [Fact]
    public void Rules_set_from_next_month_leave_this_month_and_earlier_ones_unchanged()
    {
        var decision = BillingSettingsDecisions.Decide(new SetBillingRules(Id, Rules(new DateOnly(2027, 11, 1), 500), null), null, Today);

        var set = decision.Events.ShouldHaveSingleItem().ShouldBeOfType<BillingRulesSet>();
        var settings = BillingSettings.Create(set);
        settings.RulesFor(new DateOnly(2027, 10, 31)).MinimumInvoiceCents.ShouldBe(0);
        settings.RulesFor(new DateOnly(2027, 11, 15)).MinimumInvoiceCents.ShouldBe(500);
        settings.RulesFor(new DateOnly(2028, 3, 1)).MinimumInvoiceCents.ShouldBe(500);
    }

    [Fact]
    public void A_later_version_applies_from_its_month_and_the_earlier_one_stays_before()
    {
        var settings = BillingSettings.Create(new BillingRulesSet(Id, Rules(new DateOnly(2027, 11, 1), 500), null))
            .Apply(new BillingRulesSet(Id, Rules(new DateOnly(2028, 1, 1), 800), null));

        (settings.RulesFor(new DateOnly(2027, 12, 1)).MinimumInvoiceCents, settings.RulesFor(new DateOnly(2028, 1, 1)).MinimumInvoiceCents).ShouldBe((500, 800));
    }

    [Fact]
    public void A_past_month_is_refused()
    {
        BillingSettingsDecisions.Decide(new SetBillingRules(Id, Rules(new DateOnly(2027, 9, 1), 500), null), null, Today).Refusal.ShouldBe("Settings.PastMonth");
    }

    [Fact]
    public void The_current_month_is_accepted()
    {
        BillingSettingsDecisions.Decide(new SetBillingRules(Id, Rules(new DateOnly(2027, 10, 1), 500), null), null, Today).Events.Count.ShouldBe(1);
    }

    [Fact]
    public void A_day_other_than_the_first_is_refused()
    {
        BillingSettingsDecisions.Decide(new SetBillingRules(Id, Rules(new DateOnly(2027, 11, 2)), null), null, Today).Refusal.ShouldBe("Settings.NotFirstOfMonth");
    }

    [Fact]
    public void Setting_the_rules_already_in_force_changes_nothing()
    {
        BillingSettingsDecisions.Decide(new SetBillingRules(Id, Rules(new DateOnly(2027, 11, 1)), null), null, Today).Events.ShouldBeEmpty();
    }
}
