using Cantine.BuildingBlocks.Validation;
using Cantine.Invoicing.Contracts.SetPriceBrackets;
using FluentValidation;

namespace Cantine.Invoicing.Features.SetPriceBrackets;

/// <summary>Shape: a service, at most 10 brackets, bounds and prices in range (order and the open last bracket are domain rules).</summary>
public sealed class SetPriceBracketsValidator : CommandValidator<SetPriceBracketsCommand>
{
    public SetPriceBracketsValidator()
    {
        RuleFor(c => c.ServiceId).NotEmpty().WithErrorCode("Tariffs.Service").WithMessage(_ => BillingText.Get("Tariffs.Service"));
        RuleFor(c => c.Brackets).NotNull().Must(b => b.Count <= 10).WithErrorCode("Tariffs.Count").WithMessage(_ => BillingText.Get("Tariffs.Count"));
        RuleForEach(c => c.Brackets).Must(b => b.PriceCents is >= 0 and <= 100_000 && b.UpperBound is null or (>= 0 and <= 99_999))
            .WithErrorCode("Tariffs.Negative").WithMessage(_ => BillingText.Get("Tariffs.Negative"));
    }
}
