using Cantine.Host.Security;
using Cantine.Messaging.Contracts.EmailPreferences;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Pages.Family;

/// <summary>
/// "Mes préférences" (issue #17, ADR 0033): the signed-in guardian turns each optional kind of e-mail on or off, in one form;
/// the e-mails that always go are listed. Every optional e-mail links here.
/// </summary>
public sealed class PreferencesModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    /// <summary>The kinds of e-mail the form keeps on (checkbox values).</summary>
    [BindProperty(Name = "recus")]
    public List<string> Recus { get; set; } = [];

    [BindProperty]
    public string Version { get; set; } = string.Empty;

    public IReadOnlyList<EmailChoiceDto> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.UserIdOf() is not { } guardian)
        {
            return NotFound();
        }

        await LoadAsync(guardian, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.UserIdOf() is not { } guardian)
        {
            return NotFound();
        }

        var result = await sender.Send(new ChangeEmailPreferencesCommand(guardian, Recus, Version ?? string.Empty), ct);
        if (result.IsSuccess)
        {
            return RedirectWithConfirmation($"/{Tenant.Slug}/mes-preferences", text["Vos préférences sont enregistrées."]);
        }

        ModelState.Clear();
        AddErrors(result.Errors.Select(e => e with { Field = null }), string.Empty);
        await LoadAsync(guardian, ct); // what is saved now, and its version: the parent chooses again from there
        return Page();
    }

    private async Task LoadAsync(Guid guardian, CancellationToken ct)
    {
        var preferences = await sender.Send(new GetEmailPreferencesQuery(guardian), ct);
        Choices = preferences.Choices;
        Version = preferences.Version;
    }

    /// <summary>The French label and explanation of an optional kind of e-mail.</summary>
    public (string Label, string Hint) Describe(string kind) => EmailKindTexts.Describe(text, kind);
}
