using FluentValidation;

namespace Cantine.Accounts.Features.Shared;

internal static class ChildRules
{
    /// <summary>A plausible birth date for a child of a school canteen (a missing date binds as 0001-01-01).</summary>
    public static IRuleBuilderOptions<T, DateOnly> ChildBirthDate<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.InclusiveBetween(new DateOnly(1990, 1, 1), new DateOnly(2100, 1, 1))
            .WithErrorCode("BirthDate").WithMessage(_ => AccountsText.Get("Validation.BirthDate"));
}
