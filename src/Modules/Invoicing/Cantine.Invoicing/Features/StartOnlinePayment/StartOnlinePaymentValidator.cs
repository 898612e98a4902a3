using Cantine.BuildingBlocks.Validation;
using Cantine.Invoicing.Contracts.StartOnlinePayment;
using FluentValidation;

namespace Cantine.Invoicing.Features.StartOnlinePayment;

/// <summary>Shape only: ids, the payer's e-mail as PayFiP takes it (6–80 characters), absolute http(s) addresses.</summary>
public sealed class StartOnlinePaymentValidator : CommandValidator<StartOnlinePaymentCommand>
{
    public StartOnlinePaymentValidator()
    {
        RuleFor(c => c.AttemptId).NotEmpty().WithErrorCode("Id.Required").WithMessage(_ => InvoicingOutputText.Get("Id.Required"));
        RuleFor(c => c.InvoiceId).NotEmpty().WithErrorCode("Id.Required").WithMessage(_ => InvoicingOutputText.Get("Id.Required"));
        RuleFor(c => c.FamilyId).NotEmpty().WithErrorCode("Id.Required").WithMessage(_ => InvoicingOutputText.Get("Id.Required"));
        RuleFor(c => c.GuardianId).NotEmpty().WithErrorCode("Id.Required").WithMessage(_ => InvoicingOutputText.Get("Id.Required"));
        RuleFor(c => c.PayerEmail)
            .Must(m => m is not null && m.Trim().Length is >= 6 and <= 80 && m.Contains('@') && m.All(c => c > ' ' && c < 127))
            .WithErrorCode("Payer.Email").WithMessage(_ => InvoicingOutputText.Get("Payer.Email"));
        RuleFor(c => c.NotificationUrl).Must(AbsoluteHttp).WithErrorCode("Id.Required").WithMessage(_ => InvoicingOutputText.Get("Id.Required"));
        RuleFor(c => c.ReturnUrl).Must(AbsoluteHttp).WithErrorCode("Id.Required").WithMessage(_ => InvoicingOutputText.Get("Id.Required"));
    }

    private static bool AbsoluteHttp(string? url) =>
        url is { Length: <= 250 } && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
