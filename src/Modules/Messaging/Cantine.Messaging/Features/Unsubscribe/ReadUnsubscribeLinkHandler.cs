using Cantine.BuildingBlocks.Tenancy;
using Cantine.Messaging.Contracts.Unsubscribe;
using Cantine.Messaging.Email;
using Mediator;

namespace Cantine.Messaging.Features.Unsubscribe;

public sealed class ReadUnsubscribeLinkHandler(UnsubscribeLinks links, ITenantContext tenant) : IQueryHandler<ReadUnsubscribeLinkQuery, string?>
{
    public ValueTask<string?> Handle(ReadUnsubscribeLinkQuery query, CancellationToken ct) =>
        ValueTask.FromResult(links.TryRead(query.Token, tenant.TenantId, out _, out var kind) ? kind.ToString() : null);
}
