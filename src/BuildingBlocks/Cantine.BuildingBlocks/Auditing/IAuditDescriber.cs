using JasperFx.Events;
using Marten;

namespace Cantine.BuildingBlocks.Auditing;

/// <summary>
/// Turns a module's stored events into French sentences for the audit log ("Famille renommée : Dupont → Dupond").
/// Each module registers one (<c>services.AddSingleton&lt;IAuditDescriber, …&gt;()</c>); an event no describer
/// knows is shown by its type name and data. The session passed in reads the stream's earlier state when the
/// event carries only the new value.
/// </summary>
public interface IAuditDescriber
{
    /// <summary>Event types that are not changes (sign-ins, lockouts): never listed.</summary>
    IReadOnlyCollection<Type> Ignored { get; }

    /// <summary>The description, or null when this describer does not know the event's type.</summary>
    ValueTask<string?> DescribeAsync(IEvent @event, IQuerySession session, CancellationToken ct);
}
