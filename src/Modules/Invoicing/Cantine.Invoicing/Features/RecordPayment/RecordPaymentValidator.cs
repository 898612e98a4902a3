using Cantine.BuildingBlocks.Validation;
using Cantine.Invoicing.Contracts.RecordPayment;
using FluentValidation;

namespace Cantine.Invoicing.Features.RecordPayment;

/// <summary>Shape only: ids, an amount up to 100 000 €, a date of this century, a known means, a short reference.</summary>
public sealed class RecordPaymentValidator : CommandValidator<RecordPaymentCommand>
{
    public RecordPaymentValidator()
    {
        RuleFor(c => c.InvoiceId).NotEmpty().WithErrorCode("Id.Required").WithMessage(_ => InvoicingOutputText.Get("Id.Required"));
        RuleFor(c => c.PaymentId).NotEmpty().WithErrorCode("Id.Required").WithMessage(_ => InvoicingOutputText.Get("Id.Required"));
        RuleFor(c => c.AmountCents).InclusiveBetween(1, 10_000_000).WithErrorCode("Amount.Range").WithMessage(_ => InvoicingOutputText.Get("Amount.Range"));
        RuleFor(c => c.PaidOn).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2099, 12, 31))
            .WithErrorCode("Month.Invalid").WithMessage(_ => InvoicingOutputText.Get("Month.Invalid"));
        RuleFor(c => c.Method).IsInEnum().WithErrorCode("Method.Invalid").WithMessage(_ => InvoicingOutputText.Get("Method.Invalid"));
        RuleFor(c => c.Reference).OptionalText(60);
        RuleFor(c => c.StaffUserId).NotEmpty().WithErrorCode("Staff.Required").WithMessage(_ => InvoicingOutputText.Get("Staff.Required"));
        RuleFor(c => c.StaffName).RequiredText(120);
    }
}
