using System.Security.Claims;
using Cantine.BuildingBlocks.Contracts.BackOffice;
using Cantine.Host.Security;
using Microsoft.AspNetCore.Mvc;

namespace Cantine.Host.BackOffice;

/// <summary>The band's groups and the home's tiles for one staff member: the declared entries they may open.</summary>
public static class BackOfficeMenu
{
    public static IReadOnlyList<BackOfficeSection> For(ClaimsPrincipal user)
    {
        var isAdministrator = user.IsAdministrator();
        return BackOfficeModules.Entries
            .Where(e => (e.PagePath is not null || e.MountedAt is not null) && e.IsOpenTo(isAdministrator))
            .GroupBy(e => e.Group)
            .OrderBy(g => g.Key.Order)
            .Select(g => new BackOfficeSection(g.Key, [.. g]))
            .ToList();
    }

    /// <summary>The entry whose folder holds the page being shown (<c>/Accounts/Families/Detail</c>), if any.</summary>
    public static BackOfficeEntry? Current(string? pagePath) =>
        pagePath is null ? null : BackOfficeModules.Entries.FirstOrDefault(e => e.Covers(pagePath));

    /// <summary>The address of an entry's page in structure <paramref name="slug"/>.</summary>
    public static string HrefOf(this IUrlHelper url, BackOfficeEntry entry, string slug) =>
        entry.MountedAt is { } mountedAt
            ? $"/{slug}/admin/{mountedAt}"
            : url.Page(entry.PagePath, new { area = BackOfficeModules.Area, slug })
              ?? throw new InvalidOperationException($"No route to the back-office page {entry.PagePath}.");
}
