using Cantine.Accounts.Contracts.ChangeStructureDetails;
using Cantine.Accounts.Contracts.GetStructure;
using Cantine.Host.Pages;
using Cantine.Host.Tenancy;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Settings;

/// <summary>Staff: the structure's name, postal address, phone and contact e-mail.</summary>
public sealed class DetailsModel(ISender sender, StructureLookup structures, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public DetailsInput Saisie { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = (await sender.Send(new GetStructureQuery(), ct))!;
        Saisie = new DetailsInput { Nom = s.Name, Adresse = s.Street, CodePostal = s.PostalCode, Ville = s.City, Telephone = s.Phone, EmailContact = s.ContactEmail };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await sender.Send(new ChangeStructureDetailsCommand(
            Saisie.Nom ?? "", Saisie.Adresse ?? "", Saisie.CodePostal ?? "", Saisie.Ville ?? "", Saisie.Telephone ?? "", Saisie.EmailContact ?? ""), ct);
        ModelState.Clear();
        if (!result.IsSuccess)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Field switch
                {
                    nameof(ChangeStructureDetailsCommand.Name) => "Saisie.Nom",
                    nameof(ChangeStructureDetailsCommand.Street) => "Saisie.Adresse",
                    nameof(ChangeStructureDetailsCommand.PostalCode) => "Saisie.CodePostal",
                    nameof(ChangeStructureDetailsCommand.City) => "Saisie.Ville",
                    nameof(ChangeStructureDetailsCommand.Phone) => "Saisie.Telephone",
                    nameof(ChangeStructureDetailsCommand.ContactEmail) => "Saisie.EmailContact",
                    _ => "Saisie",
                }, error.Message);
            }

            return Page();
        }

        structures.Forget(Tenant.Slug);
        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/parametres/coordonnees", text["Les coordonnées de la structure sont enregistrées."]);
    }

    public sealed class DetailsInput
    {
        public string? Nom { get; set; }

        public string? Adresse { get; set; }

        public string? CodePostal { get; set; }

        public string? Ville { get; set; }

        public string? Telephone { get; set; }

        public string? EmailContact { get; set; }
    }
}
