namespace Cantine.Invoicing.Contracts.SetPriceBrackets;

/// <summary>A bracket: up to <see cref="UpperBound"/> (inclusive; null for the last, open one), <see cref="PriceCents"/> a meal.</summary>
public sealed record PriceBracketInput(int? UpperBound, int PriceCents);
