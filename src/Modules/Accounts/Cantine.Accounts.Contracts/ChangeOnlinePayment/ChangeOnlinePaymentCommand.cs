using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.ChangeOnlinePayment;

/// <summary>Turns online payment of invoices (PayFiP) on or off; on needs the structure's PayFiP client number (6 digits).</summary>
public sealed record ChangeOnlinePaymentCommand(bool Enabled, string? PayfipClientNumber) : ICommand<Result>;
