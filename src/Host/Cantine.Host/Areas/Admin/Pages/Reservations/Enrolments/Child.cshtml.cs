using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Host.Pages;
using Cantine.Reservations.Contracts.EnrolChild;
using Cantine.Reservations.Contracts.GetChildEnrolments;
using Cantine.Reservations.Contracts.ListServices;
using Cantine.Reservations.Contracts.UnenrolChild;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Reservations.Enrolments;

/// <summary>Staff: the services one child is enrolled in (the families pages link here); ticking enrols, unticking ends the enrolment.</summary>
public sealed class ChildEnrolmentsModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public List<Guid> Prestations { get; set; } = [];

    public ChildEnrolmentsDto Child { get; private set; } = null!;

    public IReadOnlyList<ServiceDto> Services { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid childId, CancellationToken ct)
    {
        if (!await LoadAsync(childId, ct))
        {
            return NotFound();
        }

        Prestations = [.. Child.ServiceIds];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId, CancellationToken ct)
    {
        if (!await LoadAsync(childId, ct))
        {
            return NotFound();
        }

        var wanted = Prestations.Where(id => Services.Any(s => s.Id == id)).ToHashSet();
        var errors = new List<Error>();
        foreach (var service in wanted.Except(Child.ServiceIds))
        {
            errors.AddRange((await sender.Send(new EnrolChildCommand(childId, service), ct)).Errors);
        }

        foreach (var service in Child.ServiceIds.Except(wanted))
        {
            errors.AddRange((await sender.Send(new UnenrolChildCommand(childId, service), ct)).Errors);
        }

        if (errors.Count > 0)
        {
            ModelState.Clear();
            AddErrors(errors.Select(e => e with { Field = null }), string.Empty);
            await LoadAsync(childId, ct);
            return Page();
        }

        return RedirectWithConfirmation(
            $"/{Tenant.Slug}/admin/inscriptions/enfant/{childId}", text["Les inscriptions de {0} {1} sont enregistrées.", Child.FirstName, Child.LastName]);
    }

    private async Task<bool> LoadAsync(Guid childId, CancellationToken ct)
    {
        Child = (await sender.Send(new GetChildEnrolmentsQuery(childId), ct))!;
        if (Child is null)
        {
            return false;
        }

        Services = await sender.Send(new ListServicesQuery(), ct);
        return true;
    }
}
