using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Invoicing.Contracts.ReconcileOnlinePayments;

/// <summary>
/// The town's lost notifications: every pending attempt due for a check (20 minutes after its creation, then with back-off
/// while PayFiP answers "in progress" or "unknown") gets PayFiP's detail; a day without a final answer makes it
/// <c>Unanswered</c> for staff. Returns how many attempts were checked. The reconciliation job, per town.
/// </summary>
public sealed record ReconcileOnlinePaymentsCommand : ICommand<Result<int>>;
