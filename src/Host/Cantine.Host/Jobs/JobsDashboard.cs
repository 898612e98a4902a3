using Cantine.Host.Security;
using Cantine.Host.Tenancy;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;

namespace Cantine.Host.Jobs;

/// <summary>
/// Hangfire's dashboard at <c>/{slug}/admin/taches</c>, read-only, for platform operators only (issue #18, ADR 0031):
/// it shows every town's jobs, so it is no town administrator's. A town's administrators read their own town's runs
/// in "Tâches planifiées" (<see cref="JobRunsPage"/>).
/// </summary>
public static class JobsDashboard
{
    public const string Segment = "taches";

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
            var allowed = (await authorization.AuthorizeAsync(http.User, Policies.PlatformOperator)).Succeeded;
            if (!allowed)
            {
                http.RequestServices.GetRequiredService<ILogger<DeclaredAccessOnly>>()
                    .LogWarning("Access to the jobs dashboard refused for {User}", http.User.Identity?.Name ?? "anonymous");
            }

            return allowed;
        }
    }
}
