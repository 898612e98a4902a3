using Cantine.BuildingBlocks.Validation;
using Cantine.Invoicing.Contracts.IssueMonthInvoices;
using FluentValidation;

namespace Cantine.Invoicing.Features.IssueMonthInvoices;

/// <summary>A month of this century; whether it is over is the domain's rule.</summary>
public sealed class IssueMonthInvoicesValidator : CommandValidator<IssueMonthInvoicesCommand>
{
    public IssueMonthInvoicesValidator()
    {
        RuleFor(c => c.Month).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2099, 12, 31))
            .WithErrorCode("Month.Invalid").WithMessage(_ => InvoicingOutputText.Get("Month.Invalid"));
    }
}
