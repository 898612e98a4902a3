namespace Cantine.BuildingBlocks.Tenancy;

/// <summary>The structures hosted on this deployment, for platform-wide jobs that visit each one.</summary>
public interface ITenantDirectory
{
    Task<IReadOnlyList<string>> ListTenantIdsAsync(CancellationToken cancellationToken);
}
