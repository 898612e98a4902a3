using System.Text.RegularExpressions;

namespace Cantine.BuildingBlocks.Tenancy;

/// <summary>What a structure's slug may look like: the first segment of every URL of its portal.</summary>
public static partial class TenantSlug
{
    /// <summary>Path segments the platform uses itself, which no structure may take.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "admin", "platform", "plateforme", "health", "css", "js", "lib", "img", "images", "favicon.ico",
        "robots.txt", "erreur", "error", "hangfire", "api", "static", "payfip", "simulateur-payfip",
    };

    public static bool IsValid(string? slug) =>
        slug is not null && SlugPattern().IsMatch(slug) && !Reserved.Contains(slug);

    // \z, not $: $ also matches before a final line break, which let "demo\n" through.
    [GeneratedRegex(@"^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
