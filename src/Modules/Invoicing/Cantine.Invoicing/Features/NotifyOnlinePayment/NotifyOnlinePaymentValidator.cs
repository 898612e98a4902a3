using Cantine.BuildingBlocks.Validation;
using Cantine.Invoicing.Contracts.NotifyOnlinePayment;
using FluentValidation;

namespace Cantine.Invoicing.Features.NotifyOnlinePayment;

/// <summary>An <c>idOp</c> is letters, digits, <c>-</c> and <c>_</c>, at most 64 characters.</summary>
public sealed class NotifyOnlinePaymentValidator : CommandValidator<NotifyOnlinePaymentCommand>
{
    public NotifyOnlinePaymentValidator() =>
        RuleFor(c => c.IdOp)
            .Must(id => id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            .WithErrorCode("IdOp.Invalid").WithMessage(_ => InvoicingOutputText.Get("UnknownOperation"));
}
