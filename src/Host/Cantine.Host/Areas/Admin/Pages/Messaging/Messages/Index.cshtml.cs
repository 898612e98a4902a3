using Cantine.Host.Pages;
using Cantine.Messaging.Contracts.ListInbox;
using Cantine.Messaging.Contracts.Threads;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.Areas.Admin.Pages.Messaging.Messages;

/// <summary>The structure's inbox of families' messages: unread, read, archived.</summary>
public sealed class IndexModel(ISender sender) : CantinePageModel
{
    public static readonly IReadOnlyList<(string Key, string Box, string Label)> Boxes =
        [("non-lus", "Unread", "Non lus"), ("lus", "Read", "Lus"), ("archives", "Archived", "Archivés")];

    [BindProperty(SupportsGet = true, Name = "boite")]
    public string? BoxKey { get; set; }

    public string CurrentKey => Boxes.Any(b => b.Key == BoxKey) ? BoxKey! : "non-lus";

    public IReadOnlyList<ThreadSummaryDto> Threads { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Threads = await sender.Send(new ListInboxQuery(Boxes.First(b => b.Key == CurrentKey).Box), ct);
}
