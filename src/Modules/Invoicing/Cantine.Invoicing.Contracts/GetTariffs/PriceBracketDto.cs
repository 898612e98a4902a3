namespace Cantine.Invoicing.Contracts.GetTariffs;

/// <summary>A bracket with its printed label (<c>QF ≤ 500</c>, <c>QF 501 à 900</c>, <c>QF &gt; 900</c>).</summary>
public sealed record PriceBracketDto(string Label, int? UpperBound, int PriceCents);
