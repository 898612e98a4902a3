namespace Cantine.BuildingBlocks.Tenancy;

/// <summary>The structure (town) the current request, message or job works for.</summary>
public interface ITenantContext
{
    /// <summary>The tenant id (the structure's slug); throws when none was set.</summary>
    string TenantId { get; }

    bool HasTenant { get; }

    /// <summary>Sets the tenant once per scope; setting another one is a bug.</summary>
    void Set(string tenantId);
}
