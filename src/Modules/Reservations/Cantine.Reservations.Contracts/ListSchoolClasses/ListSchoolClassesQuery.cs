using Mediator;

namespace Cantine.Reservations.Contracts.ListSchoolClasses;

/// <summary>The schools and classes of the town's children, for bulk enrolment and headcounts.</summary>
public sealed record ListSchoolClassesQuery : IQuery<IReadOnlyList<SchoolClassesDto>>;
