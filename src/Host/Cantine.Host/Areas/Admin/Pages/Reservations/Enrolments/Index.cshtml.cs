using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Host.Pages;
using Cantine.Reservations.Contracts.EnrolGroup;
using Cantine.Reservations.Contracts.ListSchoolClasses;
using Cantine.Reservations.Contracts.ListServices;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Reservations.Enrolments;

/// <summary>Staff: enrol every child of a school, or of one of its classes, in a service at once.</summary>
public sealed class GroupEnrolmentModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    /// <summary>The <c>school|class</c> chosen; <c>school|</c> for the whole school.</summary>
    [BindProperty]
    public string? Groupe { get; set; }

    [BindProperty]
    public Guid? Prestation { get; set; }

    public IReadOnlyList<ServiceDto> Services { get; private set; } = [];

    public IReadOnlyList<SchoolClassesDto> Schools { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        ModelState.Clear();
        var service = Services.FirstOrDefault(s => s.Id == Prestation);
        var parts = (Groupe ?? string.Empty).Split('|');
        if (service is null)
        {
            ModelState.AddModelError(nameof(Prestation), text["Choisissez une prestation."]);
        }

        if (parts.Length != 2 || parts[0].Length == 0)
        {
            ModelState.AddModelError(nameof(Groupe), text["Choisissez une école ou une classe."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var school = parts[0];
        var @class = parts[1].Length == 0 ? null : parts[1];
        var result = await sender.Send(new EnrolGroupCommand(service!.Id, school, @class), ct);
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e with { Field = null }), string.Empty);
            return Page();
        }

        var group = @class is null ? school : $"{school}, {@class}";
        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/inscriptions", text["{0} enfant(s) de « {1} » nouvellement inscrit(s) à « {2} ».", result.Value, group, service.Name]);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Services = await sender.Send(new ListServicesQuery(), ct);
        Schools = await sender.Send(new ListSchoolClassesQuery(), ct);
    }
}
