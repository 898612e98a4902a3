using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Invoicing.Contracts.IssueCreditNote;

/// <summary>
/// Issues a credit note (<c>avoir</c>) against an invoice, for at most what is not credited yet, with a reason: its own
/// number in the town's series, its PDF, and the invoice credited (an issued invoice is never edited). <see cref="RequestId"/>
/// is drawn when the form is shown: a form posted twice issues one credit note. Returns the credit note's id. Administrators.
/// </summary>
public sealed record IssueCreditNoteCommand(Guid InvoiceId, Guid RequestId, int AmountCents, string Reason, Guid StaffUserId, string StaffName)
    : ICommand<Result<Guid>>;
