using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.Invoices;
using Mediator;

namespace Cantine.Invoicing.Contracts.RecordPayment;

/// <summary>
/// Records a payment received at the office for an invoice (cheque, cash, bank transfer, CESU): any positive amount (a
/// partial payment leaves the rest to pay; more than due becomes a credit on the family's balance), dated today at the
/// latest. <see cref="PaymentId"/> is drawn when the form is shown: a form posted twice records one payment. An event
/// with its author, shown in the audit log. Staff.
/// </summary>
public sealed record RecordPaymentCommand(
    Guid InvoiceId, Guid PaymentId, int AmountCents, DateOnly PaidOn, PaymentMethod Method, string? Reference, Guid StaffUserId, string StaffName)
    : ICommand<Result>;
