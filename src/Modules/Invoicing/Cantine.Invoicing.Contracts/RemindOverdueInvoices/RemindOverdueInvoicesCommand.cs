using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Invoicing.Contracts.RemindOverdueInvoices;

/// <summary>
/// The daily reminder job's work for one town: each invoice past due with something left to pay, whose family has an
/// e-mail address, gets the reminder of its level once (never twice, even when the job runs again). Returns how many.
/// </summary>
public sealed record RemindOverdueInvoicesCommand : ICommand<Result<int>>;
