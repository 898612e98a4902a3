using System.Reflection;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;

namespace Cantine.ArchitectureTests;

/// <summary>
/// The product's assemblies, and only those: the deliberately bad types of this test project never
/// enter these selections. A new module adds its two assemblies here.
/// </summary>
internal static class Product
{
    public static readonly Assembly BuildingBlocks = typeof(TenantSlug).Assembly;
    public static readonly Assembly BuildingBlocksContracts = typeof(Result).Assembly;
    public static readonly Assembly Accounts = typeof(global::Cantine.Accounts.AccountsModule).Assembly;
    public static readonly Assembly AccountsContracts = typeof(global::Cantine.Accounts.Contracts.SignIn.SignInCommand).Assembly;
    public static readonly Assembly Messaging = typeof(global::Cantine.Messaging.MessagingModule).Assembly;
    public static readonly Assembly MessagingContracts = typeof(global::Cantine.Messaging.Contracts.ListPickedUpEmails.ListPickedUpEmailsQuery).Assembly;

    /// <summary>Each module's implementation: Cantine.&lt;Module&gt;.</summary>
    public static readonly IReadOnlyList<Assembly> ModuleImplementations = [Accounts, Messaging];

    /// <summary>Each module's public surface, plus the shared one.</summary>
    public static readonly IReadOnlyList<Assembly> Contracts = [BuildingBlocksContracts, AccountsContracts, MessagingContracts];

    public static readonly IReadOnlyList<Assembly> All = [BuildingBlocks, .. ModuleImplementations, .. Contracts];

    public static IReadOnlyList<Type> Types(IEnumerable<Assembly> assemblies) => [.. assemblies.SelectMany(a => a.GetTypes())];
}
