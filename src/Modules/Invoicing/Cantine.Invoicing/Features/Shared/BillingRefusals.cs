using System.Globalization;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Domain;

namespace Cantine.Invoicing.Features.Shared;

/// <summary>The French error of a refused billing-input decision (dates written dd/MM/yyyy).</summary>
internal static class BillingRefusals
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static Error Of(Decision refused) =>
        new(refused.Refusal!, BillingText.Get(refused.Refusal!, [.. refused.Args.Select(a => a is DateOnly d ? d.ToString("dd/MM/yyyy", French) : a)]), refused.Field);

    public static Result ToResult(this Decision decision) => decision.IsRefused ? Result.Failure(Of(decision)) : Result.Success;
}
