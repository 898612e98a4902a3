using Cantine.Accounts.Contracts.ChangePasswordPolicy;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.ChangePasswordPolicy;

public sealed class ChangePasswordPolicyHandler(IDocumentSession session, ITenantContext tenant) : ICommandHandler<ChangePasswordPolicyCommand, Result>
{
    public async ValueTask<Result> Handle(ChangePasswordPolicyCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Structure>(Structure.IdFor(tenant.TenantId), ct);
        if (stream.Aggregate is not { } structure)
        {
            return Result.Failure(Mapping.Refusal("StructureNotFound"));
        }

        if (structure.PasswordMinLength != command.MinLength)
        {
            stream.AppendOne(new PasswordPolicyChanged(structure.Id, command.MinLength));
        }

        return Result.Success;
    }
}
