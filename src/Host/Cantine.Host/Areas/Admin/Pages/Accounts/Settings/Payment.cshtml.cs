using Cantine.Accounts.Contracts.ChangeOnlinePayment;
using Cantine.Accounts.Contracts.GetStructure;
using Cantine.Host.Pages;
using Cantine.Invoicing.Contracts.OnlinePayments;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Settings;

/// <summary>Staff: online payment (PayFiP) on or off, with the structure's client number and PayFiP environment (<c>saisie</c>).</summary>
public sealed class PaymentModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public bool Active { get; set; }

    [BindProperty]
    public string? NumeroClient { get; set; }

    /// <summary>PayFiP's <c>saisie</c>: <c>T</c>, <c>X</c> or <c>W</c>.</summary>
    [BindProperty]
    public string Environnement { get; set; } = PayfipEnvironment.Test;

    /// <summary>The environments with their French labels, in the order a town goes through them.</summary>
    public static IReadOnlyList<(string Code, string Label)> Environments { get; } =
    [
        (PayfipEnvironment.Test, "Test (T) : aucun débit réel"),
        (PayfipEnvironment.Activation, "Activation (X) : recette avec la DGFiP"),
        (PayfipEnvironment.Production, "Production (W) : paiements réels"),
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var structure = await sender.Send(new GetStructureQuery(), ct);
        Active = structure?.OnlinePaymentEnabled ?? false;
        NumeroClient = structure?.PayfipClientNumber;
        Environnement = structure?.PayfipEnvironment ?? PayfipEnvironment.Test;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await sender.Send(new ChangeOnlinePaymentCommand(Active, NumeroClient, Environnement ?? string.Empty), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Field == "PayfipEnvironment" ? nameof(Environnement) : nameof(NumeroClient), error.Message);
            }

            return Page();
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/parametres/paiement",
            Active ? text["Le paiement en ligne est proposé aux familles."] : text["Le paiement en ligne n'est pas proposé aux familles."]);
    }
}
