using Cantine.BuildingBlocks.Domain;
using Cantine.Invoicing.Domain.Invoices;

namespace Cantine.Invoicing.Domain.Numbering;

/// <summary>Numbers follow the last one given, from 1 each year; none is skipped, none given twice.</summary>
public static class InvoiceNumberingDecisions
{
    /// <summary>The next <paramref name="count"/> numbers of <paramref name="year"/>, and the event that takes them.</summary>
    public static (Decision Decision, IReadOnlyList<InvoiceNumber> Numbers) Allocate(Guid numberingId, int year, int count, InvoiceNumbering? current)
    {
        if (count <= 0)
        {
            return (Decision.Nothing, []);
        }

        if (current is not null && current.Year != year)
        {
            throw new ArgumentException($"The numbering stream of {current.Year} cannot number {year}.", nameof(year));
        }

        var first = (current?.Last ?? 0) + 1;
        return (Decision.Append(new InvoiceNumbersAllocated(numberingId, year, first, count)),
            [.. Enumerable.Range(first, count).Select(n => new InvoiceNumber(year, n))]);
    }
}
