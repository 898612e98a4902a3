using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.GetInvoiceBatch;
using Mediator;

namespace Cantine.Invoicing.Contracts.ProcessInvoiceBatch;

/// <summary>
/// Issues the next chunk of families of the started batch of <see cref="Month"/>, in one transaction: numbers, PDFs,
/// invoices and the batch's progress commit together or not at all. Sent in a loop by the background run until the batch
/// is completed; safe to send twice or from two processes at once (one chunk wins, the other takes the next).
/// </summary>
public sealed record ProcessInvoiceBatchCommand(DateOnly Month) : ICommand<Result<InvoiceBatchDto>>;
