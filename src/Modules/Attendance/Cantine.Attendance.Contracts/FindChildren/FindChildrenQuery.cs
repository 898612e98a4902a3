using Mediator;

namespace Cantine.Attendance.Contracts.FindChildren;

/// <summary>The town's children whose first or last name contains <see cref="Name"/> (accents and case ignored), to add an unbooked child; 20 at most.</summary>
public sealed record FindChildrenQuery(string Name, string? School = null) : IQuery<IReadOnlyList<ChildMatchDto>>;
