namespace Cantine.Reservations.Domain;

/// <summary>The town's calendar, created from Accounts' StructureCreatedIntegrationEvent with the default deadline rule.</summary>
public sealed record BookingCalendarCreated(Guid CalendarId, PeriodKind Kind, IReadOnlyList<DayOfWeek> OpeningDays, DeadlineRule Rule);

public sealed record BookingCalendarChanged(Guid CalendarId, PeriodKind Kind, IReadOnlyList<DayOfWeek> OpeningDays, DeadlineRule Rule);

/// <summary>How many days before each deadline families with nothing booked are reminded (0: never). Added by ADR 0033.</summary>
public sealed record BookingReminderChanged(Guid CalendarId, int DaysBefore);

public sealed record ClosureAdded(Guid CalendarId, Closure Closure);

public sealed record ClosureChanged(Guid CalendarId, Closure Closure);

public sealed record ClosureRemoved(Guid CalendarId, Guid ClosureId);
