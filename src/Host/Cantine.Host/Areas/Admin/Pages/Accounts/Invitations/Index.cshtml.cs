using Cantine.BuildingBlocks.Contracts;
using Cantine.Accounts.Contracts.InviteGuardians;
using Cantine.Accounts.Contracts.ListGuardianAccounts;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Invitations;

/// <summary>Staff: who has signed in, and the first-connection e-mail to one guardian, a selection, or all who never signed in.</summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public bool Jamais { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Recherche { get; set; }

    [BindProperty]
    public List<Guid> Selection { get; set; } = [];

    public GuardianAccountsPageDto Guardians { get; private set; } = null!;

    public long NeverSignedIn { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostSelectionAsync(CancellationToken ct) => InviteAsync(new InviteGuardiansCommand(Selection, false), ct);

    public Task<IActionResult> OnPostTousAsync(CancellationToken ct) => InviteAsync(new InviteGuardiansCommand(null, true), ct);

    private async Task<IActionResult> InviteAsync(InviteGuardiansCommand command, CancellationToken ct)
    {
        var result = await sender.Send(command, ct);
        if (!result.IsSuccess)
        {
            ModelState.Clear();
            AddErrors(result.Errors, string.Empty);
            await LoadAsync(ct);
            return Page();
        }

        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/invitations", text["Invitation envoyée à {0} responsable(s).", result.Value]);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Guardians = await sender.Send(new ListGuardianAccountsQuery(Paging.Clamp(NumeroPage), Jamais, Recherche), ct);
        NeverSignedIn = Jamais && string.IsNullOrWhiteSpace(Recherche)
            ? Guardians.Total
            : (await sender.Send(new ListGuardianAccountsQuery(1, true, null), ct)).Total;
    }
}
