namespace Cantine.Invoicing.Domain.Settings;

/// <summary>An administrator set the town's billing rules from a month on (<see cref="BillingRules.EffectiveFrom"/>).</summary>
public sealed record BillingRulesSet(Guid SettingsId, BillingRules Rules, Guid? ByStaffUserId);
