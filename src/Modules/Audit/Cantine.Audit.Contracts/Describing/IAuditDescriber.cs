namespace Cantine.Audit.Contracts.Describing;

/// <summary>
/// What a module contributes to the audit log (ADR 0023): the French sentence of each of its events
/// ("Famille renommée : Dupont → Dupond"), the event types that are not changes, and which of its streams concern a
/// family. Each module implements it in its own assembly, where it may read its own state (e.g. the stream folded up
/// to the event's previous version for the "before"), and registers it scoped:
/// <c>services.AddScoped&lt;IAuditDescriber, …&gt;()</c>.
/// </summary>
public interface IAuditDescriber
{
    /// <summary>Event types that are not changes (sign-ins, lockouts): never listed.</summary>
    IReadOnlyCollection<Type> Ignored { get; }

    /// <summary>The description, or null when this describer does not know the event's type.</summary>
    ValueTask<string?> DescribeAsync(AuditedEvent e, CancellationToken ct);

    /// <summary>This module's streams about the family: the family's own, its members', its children's bookings…</summary>
    ValueTask<IReadOnlyCollection<Guid>> FamilyStreamsAsync(Guid familyId, CancellationToken ct);
}
