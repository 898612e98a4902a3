namespace Cantine.Invoicing.Contracts.GetBillingRules;

/// <summary>The rules in force this month (<see cref="Current"/>) and the ones planned for later months, by month.</summary>
public sealed record BillingRulesDto(DateOnly CurrentMonth, BillingRulesVersionDto Current, IReadOnlyList<BillingRulesVersionDto> Planned);
