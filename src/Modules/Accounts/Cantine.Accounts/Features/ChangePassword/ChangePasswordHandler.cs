using Cantine.Accounts.Contracts.ChangePassword;
using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.ChangePassword;

/// <summary>A wrong old password counts towards the lockout, like a failed sign-in (<see cref="PasswordDecisions"/>).</summary>
public sealed class ChangePasswordHandler(
    IDocumentSession session, IMessageBus bus, ITenantContext tenant, PasswordHashing hashing, TimeProvider clock)
    : ICommandHandler<ChangePasswordCommand, Result<string>>
{
    public async ValueTask<Result<string>> Handle(ChangePasswordCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var account = await session.LoadAsync<UserAccount>(command.UserId, ct);
        var structure = await session.LoadStructureAsync(tenant.TenantId, ct);
        var credentials = account is null ? null : await session.LoadCredentialsAsync(account.Id, ct);
        var matched = credentials is not null && hashing.Verify(credentials.PasswordHash, command.OldPassword) != PasswordCheck.Wrong;
        var outcome = PasswordDecisions.Decide(
            new Domain.ChangePassword(matched, command.NewPassword, command.Confirmation), account, structure, credentials, now);
        if (outcome.Decision.IsRefused || account is null || structure is null || outcome.Credentials is not { } accepted)
        {
            if (outcome.Credentials is { } failed)
            {
                session.Store(failed);
            }

            return Result<string>.FromErrors(PasswordRules.Refusals(outcome.Decision, structure));
        }

        var changed = accepted.WithPassword(hashing.Hash(command.NewPassword));
        session.Store(changed);
        await ResetLinks.RevokeUnusedAsync(session, account.Id, now, ct);
        session.Events.Append(account.Id, outcome.Events);
        await bus.PublishAsync(new PasswordChangedIntegrationEvent(structure.Slug, account.Id, account.Email, account.DisplayName, structure.Name, now));
        return changed.SecurityStamp;
    }
}
