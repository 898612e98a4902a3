using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Messaging.Contracts.Unsubscribe;
using Cantine.Messaging.Domain;
using Cantine.Messaging.Email;
using Marten;
using Mediator;

namespace Cantine.Messaging.Features.Unsubscribe;

/// <summary>Read the token → load the guardian's preferences → <see cref="EmailPreferencesDecisions"/> → append.</summary>
public sealed class UnsubscribeHandler(IDocumentSession session, UnsubscribeLinks links, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<UnsubscribeCommand, Result<string>>
{
    public async ValueTask<Result<string>> Handle(UnsubscribeCommand command, CancellationToken ct)
    {
        if (!links.TryRead(command.Token, tenant.TenantId, out var guardianId, out var kind))
        {
            return Result<string>.Failure(new Error("Unsubscribe.Invalid", MessagingText.Get("Unsubscribe.Invalid")));
        }

        var id = Domain.EmailPreferences.StreamIdFor(tenant.TenantId, guardianId);
        var stream = await session.Events.FetchForWriting<Domain.EmailPreferences>(id, ct);
        stream.AppendMany(EmailPreferencesDecisions.Decide(new TurnOffEmailKind(id, guardianId, kind), stream.Aggregate, clock.GetUtcNow()).Events);
        return kind.ToString();
    }
}
