using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.FindChildren;
using Cantine.Attendance.Contracts.RecordMarks;
using Cantine.Host.Pages;
using Cantine.Host.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Attendance.Sheets;

/// <summary>
/// "Ajouter un enfant non inscrit" (issue #13): a name search among the school's children, then one mark "present"
/// for the child chosen, which the sheet records as present without a booking. The mark id is drawn when the
/// results are shown, so a double post adds the child once.
/// </summary>
public sealed class AddModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    public const int MinimumLength = 2;

    [BindProperty(SupportsGet = true, Name = "jour")]
    public DateOnly? Jour { get; set; }

    [BindProperty(SupportsGet = true, Name = "service")]
    public Guid? Service { get; set; }

    [BindProperty(SupportsGet = true, Name = "ecole")]
    public string? Ecole { get; set; }

    [BindProperty(SupportsGet = true, Name = "nom")]
    public string? Nom { get; set; }

    [BindProperty]
    public Guid Enfant { get; set; }

    [BindProperty]
    public Guid Id { get; set; }

    [BindProperty]
    public string? NomEnfant { get; set; }

    /// <summary>Null before a search.</summary>
    public IReadOnlyList<ChildMatchDto>? Matches { get; private set; }

    public string SheetUrl => AttendanceUrls.Sheet(Tenant.Slug, Jour!.Value, Service!.Value, Ecole!);

    public string PageUrl => AttendanceUrls.AddChild(Tenant.Slug, Jour!.Value, Service!.Value, Ecole!);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!HasKey)
        {
            return NotFound();
        }

        var name = Nom?.Trim() ?? string.Empty;
        if (name.Length >= MinimumLength)
        {
            Matches = await sender.Send(new FindChildrenQuery(name, Ecole), ct);
        }
        else if (Nom is not null)
        {
            ModelState.AddModelError("nom", text["Tapez au moins {0} lettres du nom ou du prénom.", MinimumLength]);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!HasKey || Enfant == Guid.Empty || Id == Guid.Empty || User.UserIdOf() is not { } staff)
        {
            return NotFound();
        }

        var mark = new MarkInput(Id, Enfant, MarkKind.Present);
        var result = await sender.Send(new RecordMarksCommand(Jour!.Value, Service!.Value, Ecole!, [mark], staff, User.Identity?.Name ?? string.Empty), ct);
        var refusal = result.IsSuccess ? result.Value.Outcomes.FirstOrDefault(o => o.Refusal is not null)?.Refusal : string.Join(" ", result.Errors.Select(e => e.Message));
        if (refusal is not null)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, refusal);
            return Page();
        }

        return RedirectWithConfirmation(SheetUrl, text["{0} est ajouté à la feuille, présent sans inscription.", NomEnfant ?? string.Empty]);
    }

    private bool HasKey => Jour is not null && Service is { } service && service != Guid.Empty && !string.IsNullOrWhiteSpace(Ecole);
}
