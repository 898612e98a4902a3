using Cantine.Accounts.Contracts.ChangeOnlinePayment;
using Cantine.Accounts.Contracts.GetStructure;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Settings;

/// <summary>Staff: online payment (PayFiP) on or off, with the structure's client number.</summary>
public sealed class PaymentModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public bool Active { get; set; }

    [BindProperty]
    public string? NumeroClient { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var structure = await sender.Send(new GetStructureQuery(), ct);
        Active = structure?.OnlinePaymentEnabled ?? false;
        NumeroClient = structure?.PayfipClientNumber;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await sender.Send(new ChangeOnlinePaymentCommand(Active, NumeroClient), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(NumeroClient), error.Message);
            }

            return Page();
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/parametres/paiement",
            Active ? text["Le paiement en ligne est proposé aux familles."] : text["Le paiement en ligne n'est pas proposé aux familles."]);
    }
}
