using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Cantine.Host.Security;

/// <summary>Cookie sessions, authorization policies, antiforgery, rate limits (ADR 0005, 0006).</summary>
public static class SecurityComposition
{
    public static IServiceCollection AddCantineSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var securePolicy = environment.IsDevelopment() || environment.IsEnvironment("Testing")
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;

        services.AddAuthentication(AuthSchemes.Session)
            .AddCookie(AuthSchemes.Session, options =>
            {
                options.Cookie.Name = "cantine.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = securePolicy;
                options.ExpireTimeSpan = TimeSpan.FromDays(30);
                options.SlidingExpiration = true;
                options.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = SessionValidation.ValidateAsync,
                    OnRedirectToLogin = SessionValidation.RedirectToSignIn,
                    OnRedirectToAccessDenied = SessionValidation.Forbid,
                };
            })
            .AddCookie(AuthSchemes.TwoFactorPending, options =>
            {
                options.Cookie.Name = "cantine.2fa";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = securePolicy;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(10);
                options.SlidingExpiration = false;
                options.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = SessionValidation.ValidateAsync,
                    OnRedirectToLogin = SessionValidation.RedirectToSignIn,
                };
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Guardian, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.IsGuardian()))
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.IsStaff()))
            .AddPolicy(Policies.Administrator, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.IsAdministrator()))
            .AddPolicy(Policies.PlatformOperator, p => p.RequireAuthenticatedUser().AddRequirements(new PlatformOperatorRequirement()));
        services.AddSingleton<PlatformOperators>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, PlatformOperatorRequirement.Handler>();

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "cantine.antiforgery";
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = "__jeton";
        });

        services.Configure<SessionLimits>(configuration.GetSection(SessionLimits.Section));
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddCantineRateLimits();
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }
}
