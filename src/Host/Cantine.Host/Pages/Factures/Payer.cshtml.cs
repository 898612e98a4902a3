using Cantine.Accounts.Contracts.GetFamilyDetail;
using Cantine.Host.Security;
using Cantine.Invoicing.Contracts.StartOnlinePayment;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Pages.Factures;

/// <summary>
/// <c>Payer par CB</c> (manual §5.3), posted from "Factures" into a new tab: draws the attempt, asks Invoicing for PayFiP's
/// card page of the invoice's remaining balance and sends the browser there (303). The return and notification addresses
/// are built from the address the parent used (PayFiP, or the simulator, must reach them as the browser did). A refusal
/// goes back to "Factures" with its French message; nothing was started.
/// </summary>
public sealed class PayerModel(ISender sender, TimeProvider clock) : CantinePageModel
{
    public const string RefusalKey = "PaiementEnLigneRefuse";

    [BindProperty(Name = "facture")]
    public Guid Facture { get; set; }

    [TempData(Key = RefusalKey)]
    public string? Refusal { get; set; }

    /// <summary>Nothing to show: a GET (a reload, a bookmark) goes back to the list.</summary>
    public IActionResult OnGet() => Redirect(FacturesUrl);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.FamilyIdOf() is not { } family || User.UserIdOf() is not { } guardian)
        {
            return NotFound();
        }

        var detail = await sender.Send(new GetFamilyDetailQuery(family), ct);
        var email = detail?.Guardians.FirstOrDefault(g => g.UserId == guardian)?.Email ?? string.Empty;
        var attemptId = Guid.CreateVersion7(clock.GetUtcNow());
        var site = $"{Request.Scheme}://{Request.Host}{Request.PathBase}/{Tenant.Slug}";
        var result = await sender.Send(
            new StartOnlinePaymentCommand(attemptId, Facture, family, guardian, email, $"{site}/payfip/notification", $"{site}/factures/paiement/{attemptId}"),
            ct);
        if (!result.IsSuccess)
        {
            Refusal = string.Join(" ", result.Errors.Select(e => e.Message).Distinct());
            return Redirect(FacturesUrl);
        }

        // 303: the browser follows with a GET to PayFiP's page (the CSP's form-action names PayFiP's origin).
        Response.Headers.Location = result.Value;
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private string FacturesUrl => $"/{Tenant.Slug}/factures";
}
