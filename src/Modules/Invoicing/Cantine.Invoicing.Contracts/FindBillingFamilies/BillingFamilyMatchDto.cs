namespace Cantine.Invoicing.Contracts.FindBillingFamilies;

/// <summary>A family and its children's names (e.g. <c>Jade Durand, Léo Durand</c>).</summary>
public sealed record BillingFamilyMatchDto(Guid FamilyId, string Children);
