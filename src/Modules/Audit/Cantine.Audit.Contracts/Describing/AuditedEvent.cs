namespace Cantine.Audit.Contracts.Describing;

/// <summary>An event of the store as a describer sees it: its stream, its version in that stream, and its data.</summary>
public sealed record AuditedEvent(Guid StreamId, long Version, object Data);
