using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Reservations.Features.Shared;

/// <summary>Shape rules shared by the service commands.</summary>
internal static class ServiceRules
{
    public const int MaxPriceCents = 100_000;

    public static void Days<T>(IRuleBuilder<T, IReadOnlyList<DayOfWeek>> rule) =>
        rule.Must(d => d is { Count: > 0 } && d.All(Enum.IsDefined)).WithErrorCode("Days").WithMessage(_ => ReservationsText.Get("Service.Days"));

    public static void BillingBasis<T>(IRuleBuilder<T, string> rule) =>
        rule.Must(Names.IsBillingBasis).WithErrorCode("BillingBasis").WithMessage(_ => ReservationsText.Get("Service.BillingBasis"));

    public static void Price<T>(IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(0, MaxPriceCents).WithErrorCode("Price").WithMessage(_ => ReservationsText.Get("Service.Price"));

    public static void Name<T>(IRuleBuilder<T, string> rule) => rule.RequiredText(60);
}
