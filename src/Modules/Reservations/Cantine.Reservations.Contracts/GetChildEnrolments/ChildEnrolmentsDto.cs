namespace Cantine.Reservations.Contracts.GetChildEnrolments;

public sealed record ChildEnrolmentsDto(
    Guid ChildId, string FirstName, string LastName, string School, string Class, IReadOnlyList<Guid> ServiceIds);
