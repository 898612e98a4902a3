namespace Cantine.BuildingBlocks.Tenancy;

internal sealed class TenantContext : ITenantContext
{
    private string? _tenantId;

    public string TenantId => _tenantId ?? throw new InvalidOperationException("No tenant in this scope.");

    public bool HasTenant => _tenantId is not null;

    public void Set(string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        if (_tenantId is not null && _tenantId != tenantId)
        {
            throw new InvalidOperationException("The tenant of a scope cannot change.");
        }

        _tenantId = tenantId;
    }
}
