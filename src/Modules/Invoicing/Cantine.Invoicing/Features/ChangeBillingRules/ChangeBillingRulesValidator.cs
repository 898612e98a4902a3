using Cantine.BuildingBlocks.Validation;
using Cantine.Invoicing.Contracts.ChangeBillingRules;
using Cantine.Invoicing.Domain.Settings;
using FluentValidation;

namespace Cantine.Invoicing.Features.ChangeBillingRules;

/// <summary>Shape: a known surcharge kind within bounds, amounts in cents, a batch day every month has (1–28), a delay up to 90 days.</summary>
public sealed class ChangeBillingRulesValidator : CommandValidator<ChangeBillingRulesCommand>
{
    public ChangeBillingRulesValidator()
    {
        RuleFor(c => c.SurchargeKind).Must(k => Enum.TryParse<SurchargeKind>(k, out _) && !int.TryParse(k, out _))
            .WithErrorCode("Settings.SurchargeKind").WithMessage(_ => BillingText.Get("Settings.SurchargeKind"));
        RuleFor(c => c.SurchargeValue).InclusiveBetween(0, 10_000).When(c => c.SurchargeKind == nameof(SurchargeKind.Amount))
            .WithErrorCode("Settings.SurchargeAmount").WithMessage(_ => BillingText.Get("Settings.SurchargeAmount"));
        RuleFor(c => c.SurchargeValue).InclusiveBetween(0, 100).When(c => c.SurchargeKind == nameof(SurchargeKind.Percent))
            .WithErrorCode("Settings.SurchargePercent").WithMessage(_ => BillingText.Get("Settings.SurchargePercent"));
        RuleFor(c => c.MinimumInvoiceCents).InclusiveBetween(0, 100_000)
            .WithErrorCode("Settings.Minimum").WithMessage(_ => BillingText.Get("Settings.Minimum"));
        RuleFor(c => c.BatchDay).InclusiveBetween(1, 28)
            .WithErrorCode("Settings.BatchDay").WithMessage(_ => BillingText.Get("Settings.BatchDay"));
        RuleFor(c => c.PaymentDelayDays).InclusiveBetween(0, 90)
            .WithErrorCode("Settings.PaymentDelay").WithMessage(_ => BillingText.Get("Settings.PaymentDelay"));
        RuleFor(c => c.ChequePayableTo).NotEmpty().MaximumLength(120)
            .WithErrorCode("Settings.Cheque").WithMessage(_ => BillingText.Get("Settings.Cheque"));
    }
}
