using System.Text.RegularExpressions;
using Cantine.BuildingBlocks.Contracts.BackOffice;
using Cantine.Host.BackOffice;
using Microsoft.AspNetCore.Razor.Hosting;

namespace Cantine.Host.Tests.BackOffice;

/// <summary>
/// Every Razor page the Host compiled into its Admin area, read from the assembly (not from a list kept by
/// hand), with the address of a GET on it and the access its declaration gives it (ADR 0024).
/// </summary>
public static partial class BackOfficePages
{
    private const string AreaRoot = "/Areas/Admin/Pages";

    /// <summary>An identifier that no stored item has, for the pages whose route needs one.</summary>
    public const string UnknownId = "0196f3a4-6b1c-7d2e-9f00-0123456789ab";

    public static IReadOnlyList<BackOfficePage> All { get; } = Load();

    /// <summary>The pages behind the staff sign-in: all but the sign-in pages themselves.</summary>
    public static IEnumerable<BackOfficePage> BehindSignIn =>
        All.Where(p => !p.Path.StartsWith(BackOfficeModules.SignInFolder + "/", StringComparison.Ordinal));

    /// <summary>Whether an agent may open the page: the home, or a page in an entry declared for agents.</summary>
    public static bool AgentsMayOpen(string path) =>
        BackOfficeModules.StaffWidePages.Contains(path)
        || BackOfficeModules.Entries.Any(e => e.Covers(path) && e.Access == StaffAccess.Agent);

    private static List<BackOfficePage> Load() =>
        new RazorCompiledItemLoader().LoadItems(typeof(BackOfficeModules).Assembly)
            .Where(i => i.Kind == "mvc.1.0.razor-page" && i.Identifier.StartsWith(AreaRoot + "/", StringComparison.Ordinal))
            .Select(i => new BackOfficePage(
                i.Identifier[AreaRoot.Length..^".cshtml".Length],
                i.Metadata.OfType<RazorCompiledItemMetadataAttribute>().Single(m => m.Key == "RouteTemplate").Value))
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ToList();

    /// <summary>The route filled for structure <paramref name="slug"/>: an unknown id for each id segment.</summary>
    public static string Url(this BackOfficePage page, string slug) =>
        RouteParameter().Replace(page.Route, m => m.Groups[1].Value == "slug" ? slug : m.Groups[2].Success ? UnknownId : "inconnu");

    [GeneratedRegex(@"\{(\w+)(:guid)?\}")]
    private static partial Regex RouteParameter();
}
