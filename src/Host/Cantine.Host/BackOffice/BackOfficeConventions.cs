using Cantine.BuildingBlocks.Contracts.BackOffice;
using Cantine.Host.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Cantine.Host.BackOffice;

/// <summary>
/// One authorization policy per back-office page, read from the declarations (ADR 0024): the sign-in pages are
/// open, the home is for staff, a page in an entry's folder gets the entry's access, and a page no entry
/// covers is for administrators only (closed by default; the access matrix test names it).
/// </summary>
public static class BackOfficeConventions
{
    public static PageConventionCollection AuthorizeBackOffice(this PageConventionCollection conventions, IReadOnlyList<BackOfficeEntry> entries)
    {
        conventions.AddAreaFolderApplicationModelConvention(BackOfficeModules.Area, "/", model =>
        {
            if (PolicyFor(model.ViewEnginePath, entries) is { } policy)
            {
                model.EndpointMetadata.Add(new AuthorizeAttribute(policy));
            }
            else
            {
                model.EndpointMetadata.Add(new AllowAnonymousAttribute());
            }
        });
        return conventions;
    }

    /// <summary>The policy of a page of the area (<c>/Accounts/Families/Detail</c>); null for the sign-in pages.</summary>
    public static string? PolicyFor(string pagePath, IReadOnlyList<BackOfficeEntry> entries)
    {
        if (pagePath.StartsWith(BackOfficeModules.SignInFolder + "/", StringComparison.Ordinal))
        {
            return null;
        }

        if (BackOfficeModules.StaffWidePages.Contains(pagePath))
        {
            return Policies.Staff;
        }

        return entries.FirstOrDefault(e => e.Covers(pagePath)) is { } entry ? PolicyOf(entry.Access) : Policies.Administrator;
    }

    public static string PolicyOf(StaffAccess access) =>
        access == StaffAccess.Agent ? Policies.Staff : Policies.Administrator;
}
