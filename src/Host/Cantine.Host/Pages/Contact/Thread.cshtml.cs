using Cantine.Host.Security;
using Cantine.Messaging.Contracts.GetFamilyThread;
using Cantine.Messaging.Contracts.ReadReplies;
using Cantine.Messaging.Contracts.Threads;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Pages.Contact;

/// <summary>One of the family's messages with the structure's replies.</summary>
public sealed class ThreadModel(ISender sender) : CantinePageModel
{
    public ThreadDto Thread { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await sender.Send(new GetFamilyThreadQuery(User.FamilyIdOf()!.Value, id), ct) is not { } thread)
        {
            return NotFound();
        }

        Thread = thread;
        if (thread.RepliesUnreadByFamily > 0 && User.UserIdOf() is { } guardianId)
        {
            // Opening the thread is reading its replies: the home page stops listing them (ADR 0032). An idempotent mark
            // of the family's own thread, written only when something is unread: the one side effect of a GET we accept.
            await sender.Send(new ReadRepliesCommand(thread.FamilyId, guardianId, id), ct);
        }

        return Page();
    }
}
