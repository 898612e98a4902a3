using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Domain;
using FluentValidation;
using Marten;

namespace Cantine.Reservations.Features.Shared;

internal static class ClosureRules
{
    public static void Shape<T>(AbstractValidator<T> validator, Func<T, string> label, Func<T, DateOnly> from, Func<T, DateOnly> to, Func<T, string> kind)
    {
        validator.RuleFor(c => label(c)).RequiredText(80).OverridePropertyName("Label");
        validator.RuleFor(c => kind(c)).Must(Names.IsClosureKind).WithErrorCode("Kind").WithMessage(_ => ReservationsText.Get("Closure.Kind"))
            .OverridePropertyName("Kind");
        validator.RuleFor(c => to(c)).Must((c, t) => t >= from(c)).WithErrorCode("Dates").WithMessage(_ => ReservationsText.Get("Closure.Dates"))
            .Must((c, t) => t.DayNumber - from(c).DayNumber <= 366).WithErrorCode("TooLong").WithMessage(_ => ReservationsText.Get("Closure.TooLong"))
            .OverridePropertyName("To");
    }

    /// <summary>The closed periods touching these days, which a closure may not touch (<see cref="BookingCalendarDecisions"/>).</summary>
    public static async Task<IReadOnlyList<ClosedPeriod>> ClosedPeriodsTouchingAsync(this IQuerySession session, DateOnly from, DateOnly to, CancellationToken ct) =>
        await session.Query<ClosedPeriod>().Where(p => p.End >= from && p.Start <= to).ToListAsync(ct);
}
