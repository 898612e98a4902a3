using Cantine.BuildingBlocks.Validation;
using Cantine.Invoicing.Contracts.ReconcileOnlinePayments;

namespace Cantine.Invoicing.Features.ReconcileOnlinePayments;

/// <summary>Nothing to check: the command has no input (every command has a validator).</summary>
public sealed class ReconcileOnlinePaymentsValidator : CommandValidator<ReconcileOnlinePaymentsCommand>;
