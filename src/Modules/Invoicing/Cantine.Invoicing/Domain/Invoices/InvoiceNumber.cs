using System.Globalization;

namespace Cantine.Invoicing.Domain.Invoices;

/// <summary>A number of the town's gapless series of a year, printed <c>2027-000123</c> (ADR 0028).</summary>
public sealed record InvoiceNumber(int Year, int Sequence)
{
    public string Text => string.Create(CultureInfo.InvariantCulture, $"{Year}-{Sequence:D6}");

    public override string ToString() => Text;
}
