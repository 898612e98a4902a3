using Cantine.BuildingBlocks.Validation;
using Cantine.Invoicing.Contracts.IssueDueInvoices;

namespace Cantine.Invoicing.Features.IssueDueInvoices;

/// <summary>No input: the town comes from the scope, the month from the clock.</summary>
public sealed class IssueDueInvoicesValidator : CommandValidator<IssueDueInvoicesCommand>;
