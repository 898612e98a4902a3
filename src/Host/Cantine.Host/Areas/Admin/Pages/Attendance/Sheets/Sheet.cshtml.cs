using Cantine.Attendance.Contracts.GetSheet;
using Cantine.Attendance.Contracts.RecordMarks;
using Cantine.Attendance.Contracts.ValidateSheet;
using Cantine.Host.Pages;
using Cantine.Host.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Attendance.Sheets;

/// <summary>
/// An agent's sheet for a day, service and school (issue #13). Without JavaScript it is a plain form: a radio group
/// per child, <c>Enregistrer</c> or <c>Valider la feuille</c>. With JavaScript each tap is queued in the browser and
/// sent to <see cref="OnPostPointagesAsync"/> as JSON; marks carry their ids, so a replayed queue is applied once.
/// </summary>
public sealed class SheetModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty(SupportsGet = true, Name = "jour")]
    public DateOnly? Jour { get; set; }

    [BindProperty(SupportsGet = true, Name = "service")]
    public Guid? Service { get; set; }

    [BindProperty(SupportsGet = true, Name = "ecole")]
    public string? Ecole { get; set; }

    [BindProperty(SupportsGet = true, Name = "classe")]
    public string? Classe { get; set; }

    [BindProperty]
    public List<ChildMarkForm> Pointages { get; set; } = [];

    public SheetDto Sheet { get; private set; } = null!;

    public string PageUrl => AttendanceUrls.Sheet(Tenant.Slug, Jour!.Value, Service!.Value, Ecole!, Classe);

    /// <summary>The form line of a child: what was posted (after a refusal), else what the sheet says.</summary>
    public ChildMarkForm LineOf(SheetChildDto child) =>
        Pointages.FirstOrDefault(p => p.Enfant == child.ChildId) ?? ChildMarkForm.Of(child);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Pointages = [.. Sheet.Children.Select(ChildMarkForm.Of)];
        return Page();
    }

    /// <summary>"Enregistrer": the lines changed, without validating.</summary>
    public Task<IActionResult> OnPostEnregistrerAsync(CancellationToken ct) => SubmitAsync(validate: false, ct);

    /// <summary>"Valider la feuille": the lines changed, then the validation.</summary>
    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SubmitAsync(validate: true, ct);

    /// <summary>The script's queue: JSON marks in, one outcome per mark out (refused ones are not sent again).</summary>
    public async Task<IActionResult> OnPostPointagesAsync([FromBody] MarksRequest? request, CancellationToken ct)
    {
        if (!HasKey || request is null || request.Marks.Count > MarksRequest.MaxMarks || User.UserIdOf() is not { } staff)
        {
            return BadRequest();
        }

        var (valid, unreadable) = request.Parse();
        var outcomes = new List<object>();
        if (valid.Count > 0)
        {
            var result = await sender.Send(new RecordMarksCommand(Jour!.Value, Service!.Value, Ecole!, valid, staff, User.Identity?.Name ?? string.Empty), ct);
            if (!result.IsSuccess)
            {
                return new JsonResult(new { error = string.Join(" ", result.Errors.Select(e => e.Message)) }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
            }

            outcomes.AddRange(result.Value.Outcomes.Select(o => new { id = o.MarkId, child = o.ChildId, refusal = o.Refusal }));
        }

        outcomes.AddRange(unreadable.Select(m => new { id = m.Id, child = m.Child, refusal = (string?)text["Ce pointage est illisible ; touchez à nouveau l'enfant."].Value }));
        return new JsonResult(new { outcomes });
    }

    private async Task<IActionResult> SubmitAsync(bool validate, CancellationToken ct)
    {
        if (!HasKey || User.UserIdOf() is not { } staff)
        {
            return NotFound();
        }

        var name = User.Identity?.Name ?? string.Empty;
        var marks = Pointages.Select(p => p.ToMark()).OfType<MarkInput>().ToList();
        if (marks.Count > 0)
        {
            var recorded = await sender.Send(new RecordMarksCommand(Jour!.Value, Service!.Value, Ecole!, marks, staff, name), ct);
            var refusals = recorded.IsSuccess
                ? recorded.Value.Outcomes.Where(o => o.Refusal is not null).Select(o => ((Guid?)o.ChildId, o.Refusal!)).ToList()
                : recorded.Errors.Select(e => ((Guid?)null, e.Message)).ToList();
            if (refusals.Count > 0)
            {
                return await ShowRefusalsAsync(refusals, ct);
            }
        }

        if (validate)
        {
            var validated = await sender.Send(new ValidateSheetCommand(Jour!.Value, Service!.Value, Ecole!, staff, name), ct);
            if (!validated.IsSuccess)
            {
                return await ShowRefusalsAsync([.. validated.Errors.Select(e => ((Guid?)null, e.Message))], ct);
            }
        }

        return RedirectWithConfirmation(PageUrl, validate
            ? text["La feuille est validée : les pointages sont transmis à la facturation."]
            : text["{0} pointage(s) enregistré(s).", marks.Count]);
    }

    /// <summary>The sheet again with the refusals at the top (a child's named) and the lines as posted, same mark ids.</summary>
    private async Task<IActionResult> ShowRefusalsAsync(IReadOnlyList<(Guid? Child, string Message)> refusals, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        foreach (var (childId, message) in refusals)
        {
            var child = Sheet.Children.FirstOrDefault(c => c.ChildId == childId);
            ModelState.AddModelError(string.Empty, child is null ? message : $"{child.FirstName} {child.LastName} : {message}");
        }

        return Page();
    }

    private bool HasKey => Jour is not null && Service is { } service && service != Guid.Empty && !string.IsNullOrWhiteSpace(Ecole);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!HasKey || await sender.Send(new GetSheetQuery(Jour!.Value, Service!.Value, Ecole!, Classe), ct) is not { } sheet)
        {
            return false;
        }

        Sheet = sheet;
        return true;
    }
}
