namespace Cantine.Invoicing.Domain.Settings;

public sealed record SetBillingRules(Guid SettingsId, BillingRules Rules, Guid? ByStaffUserId);
