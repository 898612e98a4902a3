using Cantine.Reservations.Domain;

namespace Cantine.Reservations.Features.Shared;

/// <summary>The names the contracts use for the domain's enums ("Week", "Bookings", "BankHoliday"...).</summary>
internal static class Names
{
    public static bool TryPeriodKind(string? value, out PeriodKind kind) => Enum.TryParse(value, ignoreCase: false, out kind) && Enum.IsDefined(kind);

    public static bool TryBillingBasis(string? value, out BillingBasis basis) => Enum.TryParse(value, ignoreCase: false, out basis) && Enum.IsDefined(basis);

    public static bool TryClosureKind(string? value, out ClosureKind kind) => Enum.TryParse(value, ignoreCase: false, out kind) && Enum.IsDefined(kind);

    public static bool IsPeriodKind(string? value) => TryPeriodKind(value, out _) && !int.TryParse(value, out _);

    public static bool IsBillingBasis(string? value) => TryBillingBasis(value, out _) && !int.TryParse(value, out _);

    public static bool IsClosureKind(string? value) => TryClosureKind(value, out _) && !int.TryParse(value, out _);
}
