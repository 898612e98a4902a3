namespace Cantine.Invoicing.Contracts.GetInvoiceFile;

/// <summary>The stored PDF: a file name (<c>facture-2027-000123.pdf</c>), its size and its bytes as a stream.</summary>
public sealed record InvoiceFileDto(string FileName, long SizeBytes, Stream Content);
