using System.Reflection;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;

namespace Cantine.ArchitectureTests;

/// <summary>
/// The product's assemblies, and only those: the deliberately bad types of this test project never
/// enter these selections. Modules are found through the Host (which composes every module), so a new
/// module is checked without editing this file; <c>ModuleFoldersTests</c> checks none is missed.
/// </summary>
internal static class Product
{
    public static readonly Assembly BuildingBlocks = typeof(TenantSlug).Assembly;
    public static readonly Assembly BuildingBlocksContracts = typeof(Result).Assembly;
    public static readonly Assembly Accounts = typeof(global::Cantine.Accounts.AccountsModule).Assembly;
    public static readonly Assembly AccountsContracts = typeof(global::Cantine.Accounts.Contracts.SignIn.SignInCommand).Assembly;
    public static readonly Assembly Messaging = typeof(global::Cantine.Messaging.MessagingModule).Assembly;
    public static readonly Assembly MessagingContracts = typeof(global::Cantine.Messaging.Contracts.ListPickedUpEmails.ListPickedUpEmailsQuery).Assembly;

    /// <summary>The local PayFiP simulator: composed by the Host in Development only, not a module (ADR 0029).</summary>
    public const string PayfipSimulator = "Cantine.PayfipSimulator";

    /// <summary>Each module's implementation: Cantine.&lt;Module&gt;, as referenced by the Host.</summary>
    public static readonly IReadOnlyList<Assembly> ModuleImplementations =
        [.. HostAssembly.TryLoad()!.GetReferencedAssemblies()
            .Where(n => n.Name!.StartsWith("Cantine.", StringComparison.Ordinal) && !n.Name.StartsWith("Cantine.BuildingBlocks", StringComparison.Ordinal)
                && !n.Name.EndsWith(".Contracts", StringComparison.Ordinal) && n.Name != PayfipSimulator)
            .Select(Assembly.Load)
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)];

    /// <summary>Each module's public surface (the Contracts its implementation references), plus the shared one.</summary>
    public static readonly IReadOnlyList<Assembly> Contracts =
        [BuildingBlocksContracts, .. ModuleImplementations.Select(m => Assembly.Load(m.GetName().Name + ".Contracts"))];

    public static readonly IReadOnlyList<Assembly> All = [BuildingBlocks, .. ModuleImplementations, .. Contracts];

    public static IReadOnlyList<Type> Types(IEnumerable<Assembly> assemblies) => [.. assemblies.SelectMany(a => a.GetTypes())];
}
