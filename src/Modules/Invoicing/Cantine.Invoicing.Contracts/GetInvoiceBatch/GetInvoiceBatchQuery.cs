using Mediator;

namespace Cantine.Invoicing.Contracts.GetInvoiceBatch;

/// <summary>Where the batch of <see cref="Month"/> (any day of it) stands, or null when it was not started.</summary>
public sealed record GetInvoiceBatchQuery(DateOnly Month) : IQuery<InvoiceBatchDto?>;
