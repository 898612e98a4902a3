using Cantine.BuildingBlocks.Validation;
using Cantine.Invoicing.Contracts.IssueCreditNote;
using FluentValidation;

namespace Cantine.Invoicing.Features.IssueCreditNote;

/// <summary>Shape only: ids, an amount up to 100 000 €, a reason; how much may be credited is the domain's rule.</summary>
public sealed class IssueCreditNoteValidator : CommandValidator<IssueCreditNoteCommand>
{
    public IssueCreditNoteValidator()
    {
        RuleFor(c => c.InvoiceId).NotEmpty().WithErrorCode("Id.Required").WithMessage(_ => InvoicingOutputText.Get("Id.Required"));
        RuleFor(c => c.RequestId).NotEmpty().WithErrorCode("Id.Required").WithMessage(_ => InvoicingOutputText.Get("Id.Required"));
        RuleFor(c => c.AmountCents).InclusiveBetween(1, 10_000_000).WithErrorCode("Amount.Range").WithMessage(_ => InvoicingOutputText.Get("Amount.Range"));
        RuleFor(c => c.Reason).RequiredText(200);
        RuleFor(c => c.StaffUserId).NotEmpty().WithErrorCode("Staff.Required").WithMessage(_ => InvoicingOutputText.Get("Staff.Required"));
        RuleFor(c => c.StaffName).RequiredText(120);
    }
}
