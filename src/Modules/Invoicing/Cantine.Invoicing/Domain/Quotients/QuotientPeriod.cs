namespace Cantine.Invoicing.Domain.Quotients;

/// <summary>A family's quotient familial from <see cref="ValidFrom"/> to <see cref="ValidTo"/> (both inclusive), and the document it came from.</summary>
public sealed record QuotientPeriod(Guid EntryId, int Value, DateOnly ValidFrom, DateOnly ValidTo, string? Source)
{
    public bool Covers(DateOnly day) => ValidFrom <= day && day <= ValidTo;

    public bool Overlaps(QuotientPeriod other) => ValidFrom <= other.ValidTo && other.ValidFrom <= ValidTo;
}
