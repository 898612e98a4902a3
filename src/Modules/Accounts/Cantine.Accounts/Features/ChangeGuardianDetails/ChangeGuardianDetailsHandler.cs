using Cantine.Accounts.Contracts.ChangeGuardianDetails;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.ChangeGuardianDetails;

public sealed class ChangeGuardianDetailsHandler(IDocumentSession session) : ICommandHandler<ChangeGuardianDetailsCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeGuardianDetailsCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<UserAccount>(command.UserId, ct);
        if (stream.Aggregate is not { Kind: AccountKind.Guardian } account)
        {
            return Mapping.Refusal("AccountNotFound", nameof(command.UserId));
        }

        var address = string.IsNullOrWhiteSpace(command.Street)
            ? null
            : new PostalAddress(command.Street.Trim(), command.PostalCode!.Trim(), command.City!.Trim());
        var changed = new GuardianDetailsChanged(
            account.Id, command.Civility.Trim(), command.FirstName.Trim(), command.LastName.Trim(), command.Email.Trim(), command.Phone.Trim(), address);
        if (changed != new GuardianDetailsChanged(account.Id, account.Civility, account.FirstName, account.LastName, account.Email, account.Phone, account.Address))
        {
            stream.AppendOne(changed);
        }

        return Result.Success;
    }
}
