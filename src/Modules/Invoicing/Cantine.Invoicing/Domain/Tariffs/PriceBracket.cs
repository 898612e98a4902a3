namespace Cantine.Invoicing.Domain.Tariffs;

/// <summary>
/// A price for the families whose quotient is at most <see cref="UpperBound"/> (inclusive) and above the previous bracket's
/// bound; the last bracket has no bound (open).
/// </summary>
public sealed record PriceBracket(int? UpperBound, int PriceCents);
