using Cantine.Accounts.Contracts.EraseFamily;
using Cantine.Accounts.Contracts.ExportFamilyData;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Rgpd;

/// <summary>Administrators: what is held about one family, its JSON export, and its erasure (ADR 0018).</summary>
public sealed class FamilyModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public EraseInput Effacement { get; set; } = new();

    public FamilyDataExportDto Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid familyId, CancellationToken ct)
    {
        if (await sender.Send(new ExportFamilyDataQuery(familyId), ct) is not { } data)
        {
            return NotFound();
        }

        Data = data;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid familyId, CancellationToken ct)
    {
        if (await sender.Send(new ExportFamilyDataQuery(familyId), ct) is not { } data)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (!Effacement.Confirme)
        {
            ModelState.AddModelError($"{nameof(Effacement)}.{nameof(EraseInput.Confirme)}", text["Cochez la case pour confirmer l'effacement définitif."]);
            Data = data;
            return Page();
        }

        var result = await sender.Send(new EraseFamilyCommand(familyId, Effacement.Motif ?? string.Empty), ct);
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e with { Field = e.Field == "Reason" ? nameof(EraseInput.Motif) : null }), nameof(Effacement));
            Data = data;
            return Page();
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/rgpd/{familyId}", text["Les données personnelles de la famille {0} sont effacées.", data.Family.Name]);
    }

    public sealed class EraseInput
    {
        public string? Motif { get; set; }

        public bool Confirme { get; set; }
    }
}
