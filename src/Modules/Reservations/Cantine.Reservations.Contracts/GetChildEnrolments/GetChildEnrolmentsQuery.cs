using Mediator;

namespace Cantine.Reservations.Contracts.GetChildEnrolments;

public sealed record GetChildEnrolmentsQuery(Guid ChildId) : IQuery<ChildEnrolmentsDto?>;
