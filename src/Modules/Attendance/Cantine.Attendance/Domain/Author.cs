namespace Cantine.Attendance.Domain;

/// <summary>Who wrote a fact on a sheet: an agent, a family, or the system (bookings copied from Reservations, the morning job).</summary>
public sealed record Author(AuthorKind Kind, Guid? UserId, string Name)
{
    public static Author System { get; } = new(AuthorKind.System, null, "Cantine");

    public static Author Agent(Guid userId, string name) => new(AuthorKind.Agent, userId, name);

    public static Author Family(Guid userId, string name) => new(AuthorKind.Family, userId, name);
}
