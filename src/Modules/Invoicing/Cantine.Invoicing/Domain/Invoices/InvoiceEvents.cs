using Cantine.Invoicing.Contracts.Invoices;
using Cantine.Invoicing.Domain.Billing;
using Cantine.Invoicing.Rendering;

namespace Cantine.Invoicing.Domain.Invoices;

/// <summary>
/// An invoice was issued: its number in the town's series of the issue year (<paramref name="Year"/>-<paramref name="Sequence"/>),
/// the month billed (its first day), the lines and total fixed for ever, the document printed and the stored PDF (file id
/// and SHA-256 of its bytes). The first event of the invoice's stream, whose id is <see cref="InvoiceIds.For"/>.
/// </summary>
public sealed record InvoiceIssued(
    Guid InvoiceId,
    string Number,
    int Year,
    int Sequence,
    Guid FamilyId,
    DateOnly Month,
    DateOnly IssuedOn,
    DateOnly DueOn,
    IReadOnlyList<BillLine> Lines,
    int TotalCents,
    bool NoValidQuotient,
    InvoiceDocument Document,
    Guid PdfFileId,
    string PdfSha256,
    Guid BatchId);

/// <summary>Staff recorded a payment received at the office (<paramref name="Author"/> is the staff member's name).</summary>
public sealed record InvoicePaymentRecorded(
    Guid InvoiceId,
    Guid PaymentId,
    int AmountCents,
    DateOnly PaidOn,
    PaymentMethod Method,
    string? Reference,
    Guid? AuthorId,
    string Author,
    DateTimeOffset RecordedAt);

/// <summary>
/// A card payment through PayFiP, settled by online payment attempt <paramref name="AttemptId"/> once PayFiP's detail said
/// paid: the amount PayFiP took (more than left to pay is a credit on the family's balance), the day of the transaction
/// (Paris), PayFiP's operation and authorisation number.
/// </summary>
public sealed record InvoicePaidOnline(
    Guid InvoiceId,
    Guid AttemptId,
    int AmountCents,
    DateOnly PaidOn,
    string IdOp,
    string? NumAuto,
    DateTimeOffset At);

/// <summary>A credit note credited part or all of this invoice (the credit note's own stream starts with <see cref="CreditNoteIssued"/>).</summary>
public sealed record InvoiceCredited(
    Guid InvoiceId,
    Guid CreditNoteId,
    string CreditNoteNumber,
    int AmountCents,
    string Reason,
    Guid? AuthorId,
    string Author,
    DateTimeOffset At);

/// <summary>
/// A credit note (<c>avoir</c>) was issued against an invoice, with its own number in the same series: the first event of
/// its own stream. An issued invoice is never edited; a correction is a credit note and, if needed, a new invoice.
/// </summary>
public sealed record CreditNoteIssued(
    Guid CreditNoteId,
    string Number,
    int Year,
    int Sequence,
    Guid InvoiceId,
    string InvoiceNumber,
    Guid FamilyId,
    DateOnly Month,
    DateOnly IssuedOn,
    int AmountCents,
    string Reason,
    InvoiceDocument Document,
    Guid PdfFileId,
    string PdfSha256,
    Guid? AuthorId,
    string Author);

/// <summary>The family was reminded (level 1 or 2) that this invoice is past due.</summary>
public sealed record InvoiceReminderSent(Guid InvoiceId, int Level, DateTimeOffset At);
