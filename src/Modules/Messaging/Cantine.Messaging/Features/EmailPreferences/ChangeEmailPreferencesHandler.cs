using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Messaging.Contracts.EmailPreferences;
using Cantine.Messaging.Domain;
using Marten;
using Mediator;

namespace Cantine.Messaging.Features.EmailPreferences;

/// <summary>
/// Load the guardian's stream (its version is checked again at commit) → <see cref="EmailPreferencesDecisions"/> → append.
/// </summary>
public sealed class ChangeEmailPreferencesHandler(IDocumentSession session, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<ChangeEmailPreferencesCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeEmailPreferencesCommand command, CancellationToken ct)
    {
        var id = Domain.EmailPreferences.StreamIdFor(tenant.TenantId, command.GuardianId);
        var stream = await session.Events.FetchForWriting<Domain.EmailPreferences>(id, ct);
        var turnedOn = command.TurnedOn.Select(k => Enum.TryParse<EmailKind>(k, out var kind) ? kind : (EmailKind?)null).OfType<EmailKind>().ToHashSet();
        var decision = EmailPreferencesDecisions.Decide(
            new ChooseEmailPreferences(id, command.GuardianId, command.Version, turnedOn), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Result.Failure(new Error(MessagingErrors.StalePreferences, MessagingText.Get("Preferences.Stale")));
        }

        stream.AppendMany(decision.Events);
        return Result.Success;
    }
}
