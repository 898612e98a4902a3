namespace Cantine.Invoicing.IntegrationEventHandlers;

/// <summary>
/// Invoicing's own durable message (not an integration event), written in the same transaction as the batch it starts
/// (Marten's outbox, as the CSV import's <c>RunFamilyImport</c>, ADR 0021): a process killed mid-batch handles it again at
/// start-up and the batch resumes after its last committed chunk. <paramref name="Actor"/> authors the invoices' events.
/// </summary>
public sealed record RunInvoiceBatch(string TenantId, DateOnly Month, string Actor);
