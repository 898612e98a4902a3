namespace Cantine.Invoicing.Contracts.GetFamilyQuotients;

/// <summary><see cref="Children"/> names the family (Invoicing knows families by their children); empty when unknown.</summary>
public sealed record FamilyQuotientsDto(Guid FamilyId, IReadOnlyList<string> Children, IReadOnlyList<QuotientDto> Quotients);
