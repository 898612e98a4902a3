using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Cantine.ArchitectureTests.Rules;

/// <summary>
/// STYLE §8 rules 3 and 4, on the IL (NetArchTest reads method bodies too). NetArchTest matches
/// namespaces by prefix, so selections use anchored patterns that end on a namespace boundary.
/// </summary>
public static partial class DependencyRules
{
    /// <summary>What the domain must not touch: persistence, messaging, the request pipeline, validation, the web.</summary>
    public static readonly IReadOnlyList<string> Infrastructure =
        ["Marten", "Wolverine", "JasperFx", "Mediator", "FluentValidation", "Microsoft.AspNetCore", "Hangfire", "Npgsql"];

    /// <summary>Libraries a page must reach only through a command or a query.</summary>
    public static readonly IReadOnlyList<string> PageForbiddenLibraries = ["Marten", "Wolverine", "Hangfire"];

    /// <summary>
    /// Where the Host keeps pages: parents' pages, staff areas, and the classes Razor compiles the
    /// .cshtml files into (an <c>@inject</c> in a view lands there, not in Cantine.Host.Pages).
    /// </summary>
    public static readonly IReadOnlyList<string> HostPageNamespaces = ["Cantine.Host.Pages", "Cantine.Host.Areas", "AspNetCoreGeneratedDocument"];

    /// <summary>
    /// Rule 4: types written in a <c>*.Domain</c> namespace (or below it) depend on no infrastructure.
    /// Types with unspeakable names (<c>&lt;…&gt;</c>) are left out: no one writes them by hand. Marten's
    /// JasperFx.Events source generator emits one <c>&lt;…&gt;…Evolver</c> per Create/Apply aggregate, in
    /// the aggregate's namespace, implementing its own <c>IGeneratedSyncEvolver</c>. A lambda's closure
    /// class is unspeakable too, but NetArchTest charges its dependencies to the type that wrote the
    /// lambda (a deliberately bad type proves it).
    /// </summary>
    public static RuleResult DomainDependsOnNoInfrastructure(IEnumerable<Assembly> assemblies)
    {
        var pattern = DomainNamespace().ToString();
        var selected = Types.InAssemblies(assemblies).That().ResideInNamespaceMatching(pattern).And().DoNotHaveNameStartingWith("<")
            .GetTypes().Select(t => t.FullName!);
        var result = Types.InAssemblies(assemblies).That().ResideInNamespaceMatching(pattern).And().DoNotHaveNameStartingWith("<")
            .ShouldNot().HaveDependencyOnAny([.. Infrastructure]).GetResult();
        return RuleResult.From("*.Domain depends on no infrastructure", selected, Failing(result));
    }

    /// <summary>
    /// Rule 3: pages (the page models in <paramref name="pageNamespaces"/>) touch no module's Domain or
    /// Features and no Marten, Wolverine or Hangfire: they send one command or query through ISender.
    /// </summary>
    public static RuleResult PagesTouchNoModuleInternals(
        Assembly host, IEnumerable<string> pageNamespaces, IEnumerable<Assembly> moduleImplementations)
    {
        var pattern = "^(" + string.Join('|', pageNamespaces.Select(Regex.Escape)) + @")(\..+)?$";
        var forbidden = ModuleInternalNamespaces(moduleImplementations).Concat(PageForbiddenLibraries).ToArray();
        var selected = Types.InAssembly(host).That().ResideInNamespaceMatching(pattern).GetTypes().Select(t => t.FullName!);
        var result = Types.InAssembly(host).That().ResideInNamespaceMatching(pattern)
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        return RuleResult.From("Pages touch no *.Domain, *.Features, Marten, Wolverine or Hangfire", selected, Failing(result));
    }

    /// <summary>
    /// The <c>*.Domain</c>, <c>*.Features</c> and <c>*.Auditing</c> namespaces the modules really have, cut at that segment
    /// (<c>Cantine.Accounts.Features.SignIn</c> gives <c>Cantine.Accounts.Features</c>).
    /// </summary>
    public static IReadOnlyList<string> ModuleInternalNamespaces(IEnumerable<Assembly> moduleImplementations) =>
    [
        .. moduleImplementations.SelectMany(a => a.GetTypes())
            .Select(t => t.Namespace is { } ns ? InternalNamespace().Match(ns) : Match.Empty)
            .Where(m => m.Success)
            .Select(m => m.Value)
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    private static IEnumerable<string> Failing(TestResult result) => result.FailingTypeNames ?? [];

    [GeneratedRegex(@"(^|\.)Domain(\.|$)")]
    private static partial Regex DomainNamespace();

    [GeneratedRegex(@"^.*?\.(Domain|Features|Auditing)(?=\.|$)")]
    private static partial Regex InternalNamespace();
}
