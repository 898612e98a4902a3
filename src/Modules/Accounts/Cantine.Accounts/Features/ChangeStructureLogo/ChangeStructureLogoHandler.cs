using Cantine.Accounts.Contracts.ChangeStructureLogo;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Files;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.ChangeStructureLogo;

/// <summary>Checks the image, then load → <see cref="StructureDecisions"/> → append; the new file is stored and the old one deleted only when accepted.</summary>
public sealed class ChangeStructureLogoHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock) : ICommandHandler<ChangeStructureLogoCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeStructureLogoCommand command, CancellationToken ct)
    {
        var (contentType, problem) = LogoImage.Check(command.Content);
        if (problem is not null)
        {
            return ImportText.FieldRefusal(problem, nameof(command.Content));
        }

        var stream = await session.Events.FetchForWriting<Structure>(Structure.IdFor(tenant.TenantId), ct);
        var logo = new Domain.ChangeStructureLogo(Guid.CreateVersion7(), contentType!);
        var decision = StructureDecisions.Decide(logo, stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Mapping.Refusal(decision);
        }

        var extension = logo.ContentType switch { "image/png" => ".png", "image/jpeg" => ".jpg", _ => ".svg" };
        FileStore.QueueSave(session, logo.FileId, "logo" + extension, logo.ContentType, command.Content);
        stream.AppendMany(decision.Events);
        await BillingDetails.PublishTownAsync(bus, tenant.TenantId, stream.Aggregate, decision.Events, stream.CurrentVersion ?? 0);
        StructureLogos.QueueDelete(session, stream.Aggregate!.LogoFileId);
        return Result.Success;
    }
}
