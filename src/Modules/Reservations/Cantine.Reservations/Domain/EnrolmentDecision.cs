namespace Cantine.Reservations.Domain;

/// <summary>The events to append (none when nothing changes), or the resource key and field of a refusal.</summary>
public sealed record EnrolmentDecision(IReadOnlyList<object> Events, string? RefusalKey = null, string? RefusalField = null)
{
    public static EnrolmentDecision Nothing { get; } = new([]);

    public static EnrolmentDecision Refused(string key, string field) => new([], key, field);

    public bool IsRefused => RefusalKey is not null;
}
