using System.Text.RegularExpressions;
using Cantine.Accounts.Contracts.ChangeOnlinePayment;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.ChangeOnlinePayment;

/// <summary>PayFiP's client number (<c>numcli</c>) is the 6 digits the DGFiP gives the structure when it joins.</summary>
public sealed partial class ChangeOnlinePaymentValidator : CommandValidator<ChangeOnlinePaymentCommand>
{
    public ChangeOnlinePaymentValidator()
    {
        RuleFor(c => c.PayfipClientNumber)
            .Must((c, number) => string.IsNullOrWhiteSpace(number) ? !c.Enabled : ClientNumber().IsMatch(number.Trim()))
            .WithErrorCode("Payment.ClientNumber").WithMessage(_ => ImportText.Get("Payment.ClientNumber"));
        RuleFor(c => c.PayfipEnvironment)
            .Must(e => e is not null && Environment().IsMatch(e.Trim()))
            .WithErrorCode("Payment.Environment").WithMessage(_ => ImportText.Get("Payment.Environment"));
    }

    /// <summary>PayFiP's <c>saisie</c>: T (test), X (activation), W (production).</summary>
    [GeneratedRegex(@"^[TXWtxw]$", RegexOptions.CultureInvariant)]
    private static partial Regex Environment();

    [GeneratedRegex(@"^[0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClientNumber();
}
