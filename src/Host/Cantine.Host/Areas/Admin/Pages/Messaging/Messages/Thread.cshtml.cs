using Cantine.Accounts.Contracts.ListStaffMembers;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Host.Pages;
using Cantine.Host.Security;
using Cantine.Messaging.Contracts.ArchiveThread;
using Cantine.Messaging.Contracts.AssignThread;
using Cantine.Messaging.Contracts.GetInboxThread;
using Cantine.Messaging.Contracts.MarkThreadRead;
using Cantine.Messaging.Contracts.ReplyToThread;
using Cantine.Messaging.Contracts.Threads;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cantine.Host.Areas.Admin.Pages.Messaging.Messages;

/// <summary>A family's message: read it, reply (the family is told by e-mail), mark, archive, assign.</summary>
public sealed class ThreadModel(ISender sender, IStringLocalizer<HostText> text) : CantinePageModel
{
    [BindProperty]
    public string? Reponse { get; set; }

    [BindProperty]
    public Guid? Collegue { get; set; }

    public ThreadDto Thread { get; private set; } = null!;

    public IReadOnlyList<StaffMemberDto> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRepondreAsync(Guid id, CancellationToken ct)
    {
        var result = await sender.Send(new ReplyToThreadCommand(id, User.UserIdOf()!.Value, User.Identity!.Name!, Reponse ?? string.Empty), ct);
        return await AfterAsync(id, result, text["Votre réponse est envoyée ; la famille est prévenue par e-mail."], nameof(Reponse), ct);
    }

    public async Task<IActionResult> OnPostLuAsync(Guid id, bool lu, CancellationToken ct) =>
        await AfterAsync(id, await sender.Send(new MarkThreadReadCommand(id, lu), ct), lu ? text["Message marqué comme lu."] : text["Message marqué comme non lu."], null, ct);

    public async Task<IActionResult> OnPostArchiverAsync(Guid id, CancellationToken ct) =>
        await AfterAsync(id, await sender.Send(new ArchiveThreadCommand(id), ct), text["Message archivé."], null, ct);

    public async Task<IActionResult> OnPostAttribuerAsync(Guid id, CancellationToken ct)
    {
        var staff = await sender.Send(new ListStaffMembersQuery(), ct);
        if (staff.FirstOrDefault(s => s.UserId == Collegue) is not { } colleague)
        {
            if (!await LoadAsync(id, ct))
            {
                return NotFound();
            }

            ModelState.AddModelError(nameof(Collegue), text["Choisissez un membre du personnel dans la liste."]);
            return Page();
        }

        var result = await sender.Send(new AssignThreadCommand(id, colleague.UserId, colleague.DisplayName), ct);
        return await AfterAsync(id, result, text["Message attribué à {0}.", colleague.DisplayName], nameof(Collegue), ct);
    }

    private async Task<IActionResult> AfterAsync(Guid id, Result result, string confirmation, string? field, CancellationToken ct)
    {
        if (result.IsSuccess)
        {
            return RedirectWithConfirmation($"/{Tenant.Slug}/admin/messages/{id}", confirmation);
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(field ?? string.Empty, error.Message);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Thread = (await sender.Send(new GetInboxThreadQuery(id), ct))!;
        Staff = await sender.Send(new ListStaffMembersQuery(), ct);
        return Thread is not null;
    }
}
