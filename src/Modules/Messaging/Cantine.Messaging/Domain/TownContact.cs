namespace Cantine.Messaging.Domain;

/// <summary>
/// The structure's name and contact address, kept by Messaging from Accounts' integration events
/// (a module never reads another module's documents). <see cref="Version"/> is the structure stream's version it reflects.
/// </summary>
public sealed record TownContact(Guid Id, string Name, string ContactEmail, long Version)
{
    /// <summary>One per tenant (documents are tenant-scoped), so a fixed id.</summary>
    public static readonly Guid SingletonId = new("7a1f3c52-0a4e-4c1e-9a55-5e0c2b9d6f01");
}
