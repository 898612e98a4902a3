using Cantine.BuildingBlocks.Validation;
using Cantine.Invoicing.Contracts.RemindOverdueInvoices;

namespace Cantine.Invoicing.Features.RemindOverdueInvoices;

/// <summary>No input: the town comes from the scope, the day from the clock.</summary>
public sealed class RemindOverdueInvoicesValidator : CommandValidator<RemindOverdueInvoicesCommand>;
