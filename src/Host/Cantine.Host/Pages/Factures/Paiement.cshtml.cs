using Cantine.Host.Security;
using Cantine.Invoicing.Contracts.CheckOnlinePayment;
using Cantine.Invoicing.Contracts.GetOnlinePayment;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Pages.Factures;

/// <summary>
/// Where PayFiP sends the parent back (manual §5.3, "Un message vous confirme que la facture a été payée"): the attempt is
/// checked with PayFiP once if still pending, then shown in words. An unknown attempt, or another family's, is not found.
/// </summary>
public sealed class PaiementModel(ISender sender) : CantinePageModel
{
    public OnlinePaymentDto Attempt { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid attemptId, CancellationToken ct)
    {
        if (User.FamilyIdOf() is not { } family)
        {
            return NotFound();
        }

        // The parent's return is PayFiP's answer too: a pending attempt asks PayFiP for its detail (idempotent, like a
        // notification). Its refusal is not read: a write lost to a notification settling the attempt at the same moment
        // leaves the state to the winner, and an unknown attempt or another family's is not found by the query below.
        await sender.Send(new CheckOnlinePaymentCommand(attemptId, family), ct);
        if (await sender.Send(new GetOnlinePaymentQuery(attemptId, family), ct) is not { } attempt)
        {
            return NotFound();
        }

        Attempt = attempt;
        return Page();
    }
}
