namespace Cantine.Reservations.Domain;

// What Accounts' structure creation and staff ask of the town's booking calendar, in the domain's words.

/// <summary>The town's first calendar, with the default deadline rule (ADR 0012, 0013).</summary>
public sealed record CreateBookingCalendar(Guid CalendarId, PeriodKind Kind, IReadOnlyList<DayOfWeek> OpeningDays);

/// <summary>Period kind, opening days and deadline rule; the reminder's days before the deadline when given.</summary>
public sealed record ChangeBookingCalendar(PeriodKind Kind, IReadOnlyList<DayOfWeek> OpeningDays, DeadlineRule Rule, int? ReminderDaysBefore = null);

/// <summary>Close the days from <paramref name="From"/> to <paramref name="To"/> (both included).</summary>
public sealed record AddClosure(Guid ClosureId, string Label, DateOnly From, DateOnly To, ClosureKind Kind);

/// <summary>Change a closure's label, days or kind.</summary>
public sealed record ChangeClosure(Guid ClosureId, string Label, DateOnly From, DateOnly To, ClosureKind Kind);

/// <summary>Open a closure's days again.</summary>
public sealed record RemoveClosure(Guid ClosureId);

/// <summary>Close the French bank holidays of the current and next school years; the town's id names each closure.</summary>
public sealed record PrefillBankHolidays(string TenantId);
