using Cantine.BuildingBlocks.Validation;
using Cantine.Invoicing.Contracts.ProcessInvoiceBatch;
using FluentValidation;

namespace Cantine.Invoicing.Features.ProcessInvoiceBatch;

public sealed class ProcessInvoiceBatchValidator : CommandValidator<ProcessInvoiceBatchCommand>
{
    public ProcessInvoiceBatchValidator()
    {
        RuleFor(c => c.Month).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2099, 12, 31))
            .WithErrorCode("Month.Invalid").WithMessage(_ => InvoicingOutputText.Get("Month.Invalid"));
    }
}
