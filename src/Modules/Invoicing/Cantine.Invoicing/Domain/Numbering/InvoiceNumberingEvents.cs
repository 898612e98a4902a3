namespace Cantine.Invoicing.Domain.Numbering;

/// <summary>Numbers <paramref name="First"/> to <paramref name="First"/> + <paramref name="Count"/> − 1 of the year were given out.</summary>
public sealed record InvoiceNumbersAllocated(Guid NumberingId, int Year, int First, int Count);
