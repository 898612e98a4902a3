using Cantine.BuildingBlocks.Tenancy;

namespace Cantine.Messaging.Email;

internal static class PickupFolder
{
    /// <summary>One folder per tenant, so a back office only ever lists its own town's e-mails.</summary>
    public static string For(string root, string tenantId) =>
        TenantSlug.IsValid(tenantId) ? Path.Combine(Path.GetFullPath(root), tenantId) : throw new ArgumentException("Invalid tenant.", nameof(tenantId));
}
