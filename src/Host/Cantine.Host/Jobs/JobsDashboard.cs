using Cantine.BuildingBlocks.Contracts.BackOffice;
using Cantine.Host.BackOffice;
using Cantine.Host.Tenancy;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;

namespace Cantine.Host.Jobs;

/// <summary>
/// Hangfire's dashboard at <c>/{slug}/admin/taches</c>, for administrators only, read-only: jobs carry
/// no tenant data (they visit each structure themselves), so no structure sees another's (ADR 0007).
/// </summary>
public static class JobsDashboard
{
    public const string Segment = "taches";

    /// <summary>Its back-office entry (ADR 0024): the band links to it, and its access is checked here.</summary>
    public static readonly BackOfficeEntry Entry = new(BackOfficeGroup.Settings, "Tâches planifiées", "/" + Segment, StaffAccess.Administrator,
        "Les traitements automatiques et leur dernier passage.") { MountedAt = Segment };

    public static IApplicationBuilder UseJobsDashboard(this IApplicationBuilder app)
    {
        var options = new DashboardOptions
        {
            DashboardTitle = "Tâches planifiées",
            AppPath = null,
            DisplayStorageConnectionString = false,
            IsReadOnlyFunc = _ => true,
            Authorization = [],
            AsyncAuthorization = [new DeclaredAccessOnly()],
        };
        app.MapWhen(IsDashboardRequest, branch =>
        {
            branch.Use((context, next) =>
            {
                var tenant = context.Features.Get<CurrentTenant>()!;
                var basePath = $"/{tenant.Slug}/admin/{Segment}";
                context.Request.PathBase = context.Request.PathBase.Add(basePath);
                context.Request.Path = context.Request.Path.Value!.Length > basePath.Length
                    ? new PathString(context.Request.Path.Value[basePath.Length..])
                    : PathString.Empty;
                return next(context);
            });
            branch.UseHangfireDashboard(string.Empty, options, branch.ApplicationServices.GetRequiredService<JobStorage>());
        });
        return app;
    }

    private static bool IsDashboardRequest(HttpContext context)
    {
        if (context.Features.Get<CurrentTenant>() is not { } tenant)
        {
            return false;
        }

        var basePath = new PathString($"/{tenant.Slug}/admin/{Segment}");
        return context.Request.Path.StartsWithSegments(basePath, StringComparison.Ordinal);
    }

    private sealed class DeclaredAccessOnly : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
            var allowed = (await authorization.AuthorizeAsync(http.User, BackOfficeConventions.PolicyOf(Entry.Access))).Succeeded;
            if (!allowed)
            {
                http.RequestServices.GetRequiredService<ILogger<DeclaredAccessOnly>>()
                    .LogWarning("Access to the jobs dashboard refused for {User}", http.User.Identity?.Name ?? "anonymous");
            }

            return allowed;
        }
    }
}
