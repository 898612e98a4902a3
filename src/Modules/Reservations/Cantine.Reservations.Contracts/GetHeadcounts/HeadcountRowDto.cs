namespace Cantine.Reservations.Contracts.GetHeadcounts;

public sealed record HeadcountRowDto(DateOnly Date, Guid ServiceId, string ServiceName, string School, string Class, int Count);
