using Cantine.BuildingBlocks.Domain;

namespace Cantine.Reservations.Domain;

/// <summary>
/// The services a child is enrolled in: one stream per child (ADR 0020), its inline snapshot read by the booking
/// pages. The stream id is derived from the child's id, which Accounts already uses for its own child stream.
/// </summary>
public sealed record ChildEnrolments(Guid Id, Guid ChildId, IReadOnlyList<Guid> ServiceIds)
{
    public static Guid StreamIdFor(Guid childId) => StableId.For("child-enrolments", childId);

    public static ChildEnrolments None(Guid childId) => new(StreamIdFor(childId), childId, []);

    public bool IsEnrolledIn(Guid serviceId) => ServiceIds.Contains(serviceId);

    public static ChildEnrolments Create(ChildEnrolled e) => None(e.ChildId).Apply(e);

    public ChildEnrolments Apply(ChildEnrolled e) => IsEnrolledIn(e.ServiceId) ? this : this with { ServiceIds = [.. ServiceIds, e.ServiceId] };

    public ChildEnrolments Apply(ChildUnenrolled e) => this with { ServiceIds = [.. ServiceIds.Where(s => s != e.ServiceId)] };
}
