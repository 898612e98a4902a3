using Cantine.BuildingBlocks.Validation;
using Cantine.Invoicing.Contracts.RecordQuotient;
using FluentValidation;

namespace Cantine.Invoicing.Features.RecordQuotient;

/// <summary>Shape: a family and an entry id, a quotient from 0 to 99 999, a period in order, a short source text.</summary>
public sealed class RecordQuotientValidator : CommandValidator<RecordQuotientCommand>
{
    public RecordQuotientValidator()
    {
        RuleFor(c => c.FamilyId).NotEmpty().WithErrorCode("Quotients.Family").WithMessage(_ => BillingText.Get("Quotients.Family"));
        RuleFor(c => c.EntryId).NotEmpty().WithErrorCode("Quotients.Family").WithMessage(_ => BillingText.Get("Quotients.Family"));
        RuleFor(c => c.Value).InclusiveBetween(0, 99_999).WithErrorCode("Quotients.Value").WithMessage(_ => BillingText.Get("Quotients.Value"));
        RuleFor(c => c.ValidTo).GreaterThanOrEqualTo(c => c.ValidFrom).WithErrorCode("Quotients.Period").WithMessage(_ => BillingText.Get("Quotients.Period"));
        RuleFor(c => c.Source).MaximumLength(200).WithErrorCode("Quotients.Source").WithMessage(_ => BillingText.Get("Quotients.Source"));
    }
}
