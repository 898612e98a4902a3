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

/// <summary>A wrong old password counts towards the lockout, like a failed sign-in.</summary>
public sealed class ChangePasswordHandler(
    IDocumentSession session, IMessageBus bus, ITenantContext tenant, PasswordHashing hashing, TimeProvider clock)
    : ICommandHandler<ChangePasswordCommand, Result<string>>
{
    public async ValueTask<Result<string>> Handle(ChangePasswordCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var account = await session.LoadAsync<UserAccount>(command.UserId, ct);
        var structure = await session.LoadStructureAsync(tenant.TenantId, ct);
        if (account is null || structure is null)
        {
            return Mapping.Refusal("AccountNotFound");
        }

        var credentials = await session.LoadCredentialsAsync(account.Id, ct);
        if (credentials.IsLockedOut(now) || hashing.Verify(credentials.PasswordHash, command.OldPassword) == PasswordCheck.Wrong)
        {
            session.Store(credentials.IsLockedOut(now) ? credentials : credentials.WithFailedSignIn(now));
            return Mapping.Refusal("OldPasswordWrong", nameof(command.OldPassword));
        }

        var problems = PasswordRules.Check(command.NewPassword, command.Confirmation, structure, account);
        if (problems.Count > 0)
        {
            return Result<string>.FromErrors(problems);
        }

        credentials = credentials.WithPassword(hashing.Hash(command.NewPassword));
        session.Store(credentials);
        await ResetLinks.RevokeUnusedAsync(session, account.Id, now, ct);
        session.Events.Append(account.Id, new PasswordChanged(account.Id, now, PasswordChangeReason.ChangedByUser));
        await bus.PublishAsync(new PasswordChangedIntegrationEvent(structure.Slug, account.Id, account.Email, account.DisplayName, structure.Name, now));
        return credentials.SecurityStamp;
    }
}
