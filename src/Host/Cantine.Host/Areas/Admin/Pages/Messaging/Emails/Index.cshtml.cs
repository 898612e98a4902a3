using Cantine.Host.Pages;
using Cantine.Messaging.Contracts.ListPickedUpEmails;
using Mediator;

namespace Cantine.Host.Areas.Admin.Pages.Messaging.Emails;

/// <summary>The e-mails written to the development pickup folder instead of being sent (the demo needs no SMTP server).</summary>
public sealed class EmailsModel(ISender sender) : CantinePageModel
{
    public PickupMailboxDto Mailbox { get; private set; } = new(false, []);

    public async Task OnGetAsync(CancellationToken ct) => Mailbox = await sender.Send(new ListPickedUpEmailsQuery(), ct);
}
