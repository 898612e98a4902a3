using Mediator;

namespace Cantine.Invoicing.Contracts.PreviewMonthInvoices;

/// <summary>
/// What issuing <see cref="Month"/> (any day of it) would produce, without issuing anything: each family with something
/// to bill, its lines and total, whether it is issued or carried (under the town's minimum), and the anomalies to check
/// first (no address, no valid quotient…). Administrators, before <c>IssueMonthInvoicesCommand</c>.
/// </summary>
public sealed record PreviewMonthInvoicesQuery(DateOnly Month) : IQuery<MonthPreviewDto>;
