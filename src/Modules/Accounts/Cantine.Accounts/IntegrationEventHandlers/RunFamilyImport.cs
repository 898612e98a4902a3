namespace Cantine.Accounts.IntegrationEventHandlers;

/// <summary>
/// Accounts' own durable message (not an integration event: no other module hears it), written by
/// <c>StartFamilyImportHandler</c> in the same transaction as the <c>ImportRun</c> it starts (Marten's outbox, ADR 0021).
/// It travels in Wolverine's envelope tables, never in Hangfire's shared dashboard (ADR 0007).
/// </summary>
public sealed record RunFamilyImport(string TenantId, Guid RunId);
