using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.ResetPassword;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.ResetPassword;

/// <summary>
/// The link is read first (<see cref="ResetLinkReader"/>); the link being used is stored as it was read, so that
/// its version makes it single-use when several requests use it at once (ADR 0019).
/// </summary>
public sealed class ResetPasswordHandler(
    IDocumentSession session, IMessageBus bus, ITenantContext tenant, ResetLinks links, PasswordHashing hashing, TimeProvider clock)
    : ICommandHandler<ResetPasswordCommand, Result>
{
    public async ValueTask<Result> Handle(ResetPasswordCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var found = await ResetLinkReader.ReadAsync(session, links, tenant.TenantId, command.Token, now, ct);
        if (!found.IsSuccess)
        {
            return Result.Failure(found.Errors);
        }

        var (token, account, structure) = found.Value;
        var decision = PasswordDecisions.Decide(new Domain.ResetPassword(command.NewPassword, command.Confirmation), account, structure, now);
        if (decision.IsRefused)
        {
            return Result.Failure(PasswordRules.Refusals(decision, structure));
        }

        var credentials = await session.LoadCredentialsAsync(account.Id, ct);
        session.Store(credentials.WithPassword(hashing.Hash(command.NewPassword)));
        await ResetLinks.RevokeUnusedAsync(session, account.Id, now, ct, consumed: token);
        session.Events.Append(account.Id, decision.Events);
        if (account.HasPassword)
        {
            await bus.PublishAsync(new PasswordChangedIntegrationEvent(structure.Slug, account.Id, account.Email, account.DisplayName, structure.Name, now));
        }

        return Result.Success;
    }
}
