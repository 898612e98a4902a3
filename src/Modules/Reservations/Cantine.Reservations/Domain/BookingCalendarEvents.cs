namespace Cantine.Reservations.Domain;

/// <summary>The town's calendar, created from Accounts' StructureCreatedIntegrationEvent with the default deadline rule.</summary>
public sealed record BookingCalendarCreated(Guid CalendarId, PeriodKind Kind, IReadOnlyList<DayOfWeek> OpeningDays, DeadlineRule Rule);

public sealed record BookingCalendarChanged(Guid CalendarId, PeriodKind Kind, IReadOnlyList<DayOfWeek> OpeningDays, DeadlineRule Rule);

public sealed record ClosureAdded(Guid CalendarId, Closure Closure);

public sealed record ClosureChanged(Guid CalendarId, Closure Closure);

public sealed record ClosureRemoved(Guid CalendarId, Guid ClosureId);
