using Cantine.Host.Security;
using Cantine.Messaging.Contracts.ListFamilyThreads;
using Cantine.Messaging.Contracts.Threads;
using Mediator;

namespace Cantine.Host.Pages.Contact;

/// <summary>"Mes messages": the family's messages to the structure and its replies.</summary>
public sealed class MessagesModel(ISender sender) : CantinePageModel
{
    public IReadOnlyList<ThreadSummaryDto> Threads { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Threads = await sender.Send(new ListFamilyThreadsQuery(User.FamilyIdOf()!.Value), ct);
}
