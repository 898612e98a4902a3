using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Invoicing.Contracts.WithdrawQuotient;

/// <summary>Withdraws a quotient recorded in error; invoices already issued keep the bracket they print.</summary>
public sealed record WithdrawQuotientCommand(Guid FamilyId, Guid EntryId) : ICommand<Result>;
