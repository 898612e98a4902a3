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
    public const string PayfipNotification = "payfip-notification";

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
            // The password e-mail form shares the sign-in page: its posts are told apart by their handler.
            options.AddPolicy(SignIn, context =>
                context.Request.Query["handler"].ToString().Equals("envoyer", StringComparison.OrdinalIgnoreCase)
                    ? PostsPer(context, PasswordEmail, ClientIp(context), l => l.PasswordEmailsPerHour, TimeSpan.FromHours(1))
                    : PostsPer(context, SignIn, ClientIp(context), l => l.SignInPerMinute, TimeSpan.FromMinutes(1)));
            options.AddPolicy(Contact, context =>
                PostsPer(context, Contact, context.User.UserIdOf()?.ToString() ?? ClientIp(context), l => l.ContactMessagesPerHour, TimeSpan.FromHours(1)));
            options.AddPolicy(PayfipNotification, context =>
                PostsPer(context, PayfipNotification, ClientIp(context), l => l.PayfipNotificationsPerMinute, TimeSpan.FromMinutes(1)));
        });

    /// <summary>A fixed window per (limit, who) on form posts; reading a page is never limited.</summary>
    private static RateLimitPartition<string> PostsPer(
        HttpContext context, string limit, string who, Func<RateLimitOptions, int> permits, TimeSpan window)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(
            $"{limit}|{who}", _ => new FixedWindowRateLimiterOptions { PermitLimit = permits(limits), Window = window, QueueLimit = 0 });
    }

    private static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
