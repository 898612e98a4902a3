using Cantine.BuildingBlocks.Tenancy;
using Cantine.Messaging.Contracts.ListPickedUpEmails;
using Cantine.Messaging.Email;
using Mediator;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Cantine.Messaging.Features.ListPickedUpEmails;

public sealed class ListPickedUpEmailsHandler(IOptions<MessagingOptions> options, ITenantContext tenant)
    : IQueryHandler<ListPickedUpEmailsQuery, PickupMailboxDto>
{
    public async ValueTask<PickupMailboxDto> Handle(ListPickedUpEmailsQuery query, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Value.PickupDirectory))
        {
            return new PickupMailboxDto(false, []);
        }

        var folder = new DirectoryInfo(PickupFolder.For(options.Value.PickupDirectory, tenant.TenantId));
        if (!folder.Exists)
        {
            return new PickupMailboxDto(true, []);
        }

        var emails = new List<PickedUpEmailSummaryDto>();
        foreach (var file in folder.EnumerateFiles("*.eml").OrderByDescending(f => f.Name).Take(Math.Clamp(query.Max, 1, 500)))
        {
            var message = await MimeMessage.LoadAsync(file.FullName, ct);
            emails.Add(new PickedUpEmailSummaryDto(
                Path.GetFileNameWithoutExtension(file.Name), message.Date, message.To.ToString(), message.Subject ?? string.Empty));
        }

        return new PickupMailboxDto(true, emails);
    }
}
