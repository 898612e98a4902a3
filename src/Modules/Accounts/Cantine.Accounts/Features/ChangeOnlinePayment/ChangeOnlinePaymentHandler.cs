using Cantine.Accounts.Contracts.ChangeOnlinePayment;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.ChangeOnlinePayment;

public sealed class ChangeOnlinePaymentHandler(IDocumentSession session, ITenantContext tenant) : ICommandHandler<ChangeOnlinePaymentCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeOnlinePaymentCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Structure>(Structure.IdFor(tenant.TenantId), ct);
        if (stream.Aggregate is not { } structure)
        {
            return Mapping.Refusal("StructureNotFound");
        }

        var number = string.IsNullOrWhiteSpace(command.PayfipClientNumber) ? null : command.PayfipClientNumber.Trim();
        if (structure.OnlinePaymentEnabled != command.Enabled || structure.PayfipClientNumber != number)
        {
            stream.AppendOne(new OnlinePaymentChanged(structure.Id, command.Enabled, number));
        }

        return Result.Success;
    }
}
