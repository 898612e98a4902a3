using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Cantine.Host.Security;

/// <summary>
/// The built-in rate limiter, on form posts only: sign-in per IP per minute, password e-mails per IP
/// per hour. A refusal is a 429 rendered as a French page by the status-code pages.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string PasswordEmail = "password-email";
    public const string Contact = "contact";

    public static IServiceCollection AddCantineRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimits))
                    .LogWarning("Rate limit reached on {Path} from {Ip}", context.HttpContext.Request.Path.Value, context.HttpContext.Connection.RemoteIpAddress);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(SignIn, context => PostsOnly(context, SignIn, limits => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.SignInPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
            options.AddPolicy(PasswordEmail, context => PostsOnly(context, PasswordEmail, limits => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.PasswordEmailsPerHour,
                Window = TimeSpan.FromHours(1),
                QueueLimit = 0,
            }));
            options.AddPolicy(Contact, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
                var who = context.User.UserIdOf()?.ToString() ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter($"{Contact}|{who}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.ContactMessagesPerHour,
                    Window = TimeSpan.FromHours(1),
                    QueueLimit = 0,
                });
            });
        });

    private static RateLimitPartition<string> PostsOnly(
        HttpContext context, string policy, Func<RateLimitOptions, FixedWindowRateLimiterOptions> limiter)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        // The password e-mail form shares the sign-in page: its posts are told apart by their handler.
        var handler = context.Request.Query["handler"].ToString();
        var effective = handler.Equals("envoyer", StringComparison.OrdinalIgnoreCase) ? PasswordEmail : policy;
        var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var options = effective == PasswordEmail
            ? new FixedWindowRateLimiterOptions { PermitLimit = limits.PasswordEmailsPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 }
            : limiter(limits);
        var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter($"{effective}|{ip}", _ => options);
    }
}
