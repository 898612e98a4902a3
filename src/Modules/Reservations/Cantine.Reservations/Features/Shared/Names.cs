using Cantine.Reservations.Domain;

namespace Cantine.Reservations.Features.Shared;

/// <summary>The names the contracts use for the domain's enums ("Week", "Bookings", "BankHoliday"...), matched exactly.</summary>
internal static class Names
{
    public static bool TryPeriodKind(string? value, out PeriodKind kind) => TryExact(value, out kind);

    public static bool TryBillingBasis(string? value, out BillingBasis basis) => TryExact(value, out basis);

    public static bool TryClosureKind(string? value, out ClosureKind kind) => TryExact(value, out kind);

    public static bool IsPeriodKind(string? value) => TryPeriodKind(value, out _);

    public static bool IsBillingBasis(string? value) => TryBillingBasis(value, out _);

    public static bool IsClosureKind(string? value) => TryClosureKind(value, out _);

    // Enum.TryParse would also take "1" or "Week, Month"; only the exact names are part of the contracts.
    private static bool TryExact<T>(string? value, out T result)
        where T : struct, Enum
    {
        result = default;
        return value is not null && Enum.GetNames<T>().Contains(value, StringComparer.Ordinal) && Enum.TryParse(value, out result);
    }
}
