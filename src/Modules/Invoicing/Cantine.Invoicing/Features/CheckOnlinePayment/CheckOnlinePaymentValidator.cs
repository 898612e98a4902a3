using Cantine.BuildingBlocks.Validation;
using Cantine.Invoicing.Contracts.CheckOnlinePayment;
using FluentValidation;

namespace Cantine.Invoicing.Features.CheckOnlinePayment;

/// <summary>Shape only: the ids.</summary>
public sealed class CheckOnlinePaymentValidator : CommandValidator<CheckOnlinePaymentCommand>
{
    public CheckOnlinePaymentValidator()
    {
        RuleFor(c => c.AttemptId).NotEmpty().WithErrorCode("Id.Required").WithMessage(_ => InvoicingOutputText.Get("Id.Required"));
        RuleFor(c => c.FamilyId).NotEmpty().WithErrorCode("Id.Required").WithMessage(_ => InvoicingOutputText.Get("Id.Required"));
    }
}
