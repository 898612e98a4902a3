using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Invoicing.Contracts.IssueMonthInvoices;

/// <summary>
/// Starts issuing the invoices of <see cref="Month"/> (any day of it; the month must be over): the families to bill are
/// fixed, then a background run issues them chunk by chunk (gapless numbers, PDFs) and can be followed with
/// <c>GetInvoiceBatchQuery</c>. A month is started once: a second start, even at the same instant, is refused.
/// Returns the batch's id. Administrators (and the monthly job).
/// </summary>
public sealed record IssueMonthInvoicesCommand(DateOnly Month) : ICommand<Result<Guid>>;
