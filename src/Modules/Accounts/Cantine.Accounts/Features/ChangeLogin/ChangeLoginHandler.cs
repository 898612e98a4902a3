using Cantine.Accounts.Contracts.ChangeLogin;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.ChangeLogin;

public sealed class ChangeLoginHandler(IDocumentSession session) : ICommandHandler<ChangeLoginCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeLoginCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<UserAccount>(command.UserId, ct);
        if (stream.Aggregate is not { Kind: AccountKind.Guardian } account)
        {
            return Mapping.Refusal("AccountNotFound", nameof(command.UserId));
        }

        var login = command.Login.Trim();
        if (login == account.Login)
        {
            return Result.Success;
        }

        // The unique index on LoginKey is the last guard; this look-up gives the clear refusal.
        if (await session.FindByLoginAsync(login, ct) is { } holder && holder.Id != account.Id)
        {
            return Mapping.Refusal("LoginTaken", nameof(command.Login));
        }

        stream.AppendOne(new LoginChanged(account.Id, login));
        return Result.Success;
    }
}
