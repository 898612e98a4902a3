using System.Text.RegularExpressions;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Messaging.Contracts.GetPickedUpEmail;
using Cantine.Messaging.Email;
using Mediator;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Cantine.Messaging.Features.GetPickedUpEmail;

public sealed partial class GetPickedUpEmailHandler(IOptions<MessagingOptions> options, ITenantContext tenant)
    : IQueryHandler<GetPickedUpEmailQuery, PickedUpEmailDto?>
{
    public async ValueTask<PickedUpEmailDto?> Handle(GetPickedUpEmailQuery query, CancellationToken ct)
    {
        // The id is a file name of our own making; anything else (paths, dots) is refused.
        if (string.IsNullOrWhiteSpace(options.Value.PickupDirectory) || !SafeId().IsMatch(query.Id))
        {
            return null;
        }

        var path = Path.Combine(PickupFolder.For(options.Value.PickupDirectory, tenant.TenantId), query.Id + ".eml");
        if (!File.Exists(path))
        {
            return null;
        }

        var message = await MimeMessage.LoadAsync(path, ct);
        var text = message.TextBody ?? string.Empty;
        var links = Link().Matches(text).Select(m => m.Value).Distinct().ToList();
        return new PickedUpEmailDto(query.Id, message.Date, message.To.ToString(), message.Subject ?? string.Empty, text, links);
    }

    [GeneratedRegex("^[0-9]{17}-[0-9a-f]{32}$")]
    private static partial Regex SafeId();

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Link();
}
