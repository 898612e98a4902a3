namespace Cantine.Reservations.Domain;

public sealed record HeadcountRow(DateOnly Date, Guid ServiceId, string ServiceName, string School, string Class, int Count);
