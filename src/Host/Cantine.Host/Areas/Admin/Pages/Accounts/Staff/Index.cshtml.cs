using Cantine.Accounts.Contracts.DisableStaffMember;
using Cantine.Accounts.Contracts.EnableStaffMember;
using Cantine.Accounts.Contracts.ListStaffMembers;
using Cantine.Accounts.Contracts.ResetStaffTwoFactor;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Host.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Accounts.Staff;

/// <summary>Administrators: the structure's staff accounts, their role and last sign-in; disable, re-enable, reset the second factor.</summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    public IReadOnlyList<StaffMemberDto> Members { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Members = await sender.Send(new ListStaffMembersQuery(), ct);

    public Task<IActionResult> OnPostDesactiverAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, new DisableStaffMemberCommand(id), "Le compte de {0} est désactivé : il ne peut plus se connecter.", ct);

    public Task<IActionResult> OnPostReactiverAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, new EnableStaffMemberCommand(id), "Le compte de {0} est réactivé.", ct);

    public Task<IActionResult> OnPostReinitialiserAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, new ResetStaffTwoFactorCommand(id), "La double authentification de {0} est réinitialisée : à sa prochaine connexion, il ou elle associera de nouveau une application d'authentification.", ct);

    private async Task<IActionResult> ChangeAsync(Guid id, ICommand<Result> command, string confirmation, CancellationToken ct)
    {
        var result = await sender.Send(command, ct);
        Members = await sender.Send(new ListStaffMembersQuery(), ct);
        if (!result.IsSuccess)
        {
            AddErrors(result.Errors.Select(e => e with { Field = null }), string.Empty);
            return Page();
        }

        var name = Members.FirstOrDefault(m => m.UserId == id)?.DisplayName ?? string.Empty;
        return RedirectWithConfirmation($"/{Tenant.Slug}/admin/personnel", text[confirmation, name]);
    }
}
