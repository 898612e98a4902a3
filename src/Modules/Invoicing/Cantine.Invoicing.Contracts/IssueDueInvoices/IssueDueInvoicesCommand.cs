using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Invoicing.Contracts.IssueDueInvoices;

/// <summary>
/// The monthly job's work for one town: from the town's batch day on, starts last month's batch if nobody did, and sets
/// an unfinished batch running again (after a crash). Returns what it did, for the job's log.
/// </summary>
public sealed record IssueDueInvoicesCommand : ICommand<Result<string>>;
