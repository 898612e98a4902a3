using Cantine.BuildingBlocks.Files;
using Marten;

namespace Cantine.Accounts.Features.Shared;

/// <summary>A replaced or removed logo's file goes with the event that replaces it (same transaction).</summary>
internal static class StructureLogos
{
    public static void QueueDelete(IDocumentSession session, Guid? fileId)
    {
        if (fileId is { } id)
        {
            session.QueueSqlCommand($"DELETE FROM {FileStore.Table} WHERE tenant_id = ? AND id = ?", session.TenantId, id);
        }
    }
}
