using Cantine.Accounts.Contracts.ChangeStructureLogo;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Files;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.ChangeStructureLogo;

public sealed class ChangeStructureLogoHandler(IDocumentSession session, ITenantContext tenant) : ICommandHandler<ChangeStructureLogoCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeStructureLogoCommand command, CancellationToken ct)
    {
        var (contentType, problem) = LogoImage.Check(command.Content);
        if (problem is not null)
        {
            return ImportText.FieldRefusal(problem, nameof(command.Content));
        }

        var stream = await session.Events.FetchForWriting<Structure>(Structure.IdFor(tenant.TenantId), ct);
        if (stream.Aggregate is not { } structure)
        {
            return Mapping.Refusal("StructureNotFound");
        }

        var fileId = Guid.CreateVersion7();
        var extension = contentType switch { "image/png" => ".png", "image/jpeg" => ".jpg", _ => ".svg" };
        FileStore.QueueSave(session, fileId, "logo" + extension, contentType!, command.Content);
        stream.AppendOne(new StructureLogoChanged(structure.Id, fileId, contentType!));
        StructureLogos.QueueDelete(session, structure.LogoFileId);
        return Result.Success;
    }
}
