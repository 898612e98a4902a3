namespace Cantine.Host.Security;

/// <summary>Per-IP limits on the forms that attackers hammer (configuration section <c>RateLimits</c>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in and second-factor attempts per IP per minute. Schools and offices share an IP: keep it generous.</summary>
    public int SignInPerMinute { get; set; } = 30;

    /// <summary>Password e-mail requests per IP per hour (each account is also limited to 3 e-mails an hour).</summary>
    public int PasswordEmailsPerHour { get; set; } = 20;

    /// <summary>Contact messages per signed-in user per hour.</summary>
    public int ContactMessagesPerHour { get; set; } = 10;

    /// <summary>PayFiP notifications per IP per minute: PayFiP's servers post one per payment; a flood is not PayFiP.</summary>
    public int PayfipNotificationsPerMinute { get; set; } = 600;
}
