using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.ChangeOnlinePayment;

/// <summary>
/// Turns online payment of invoices (PayFiP) on or off; on needs the structure's PayFiP client number (<c>numcli</c>, 6 digits).
/// <see cref="PayfipEnvironment"/> is PayFiP's <c>saisie</c>: <c>T</c> test, <c>X</c> activation, <c>W</c> production.
/// </summary>
public sealed record ChangeOnlinePaymentCommand(bool Enabled, string? PayfipClientNumber, string PayfipEnvironment = "T") : ICommand<Result>;
