using Cantine.BuildingBlocks.Validation;
using Cantine.Invoicing.Contracts.WithdrawQuotient;
using FluentValidation;

namespace Cantine.Invoicing.Features.WithdrawQuotient;

/// <summary>Shape: a family and an entry.</summary>
public sealed class WithdrawQuotientValidator : CommandValidator<WithdrawQuotientCommand>
{
    public WithdrawQuotientValidator()
    {
        RuleFor(c => c.FamilyId).NotEmpty().WithErrorCode("Quotients.Family").WithMessage(_ => BillingText.Get("Quotients.Family"));
        RuleFor(c => c.EntryId).NotEmpty().WithErrorCode("Quotients.Unknown").WithMessage(_ => BillingText.Get("Quotients.Unknown"));
    }
}
