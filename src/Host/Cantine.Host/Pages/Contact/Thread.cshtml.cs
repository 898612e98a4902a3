using Cantine.Host.Security;
using Cantine.Messaging.Contracts.GetFamilyThread;
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
        return Page();
    }
}
