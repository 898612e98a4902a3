namespace Cantine.Reservations.Contracts.ListSchoolClasses;

public sealed record SchoolClassesDto(string School, IReadOnlyList<string> Classes);
