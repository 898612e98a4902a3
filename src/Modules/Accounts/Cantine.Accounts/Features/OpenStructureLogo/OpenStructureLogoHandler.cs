using Cantine.Accounts.Contracts.OpenStructureLogo;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Files;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.OpenStructureLogo;

public sealed class OpenStructureLogoHandler(IQuerySession session, FileStore files, ITenantContext tenant) : IQueryHandler<OpenStructureLogoQuery, LogoFileDto?>
{
    public async ValueTask<LogoFileDto?> Handle(OpenStructureLogoQuery query, CancellationToken ct)
    {
        if (await session.LoadStructureAsync(tenant.TenantId, ct) is not { LogoFileId: { } fileId, LogoContentType: { } contentType })
        {
            return null;
        }

        var file = await files.OpenReadAsync(tenant.TenantId, fileId, ct);
        return file is null ? null : new LogoFileDto(contentType, file.Size, file.Content);
    }
}
