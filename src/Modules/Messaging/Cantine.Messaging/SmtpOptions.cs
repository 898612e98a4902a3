namespace Cantine.Messaging;

public sealed class SmtpOptions
{
    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 25;

    /// <summary><c>None</c>, <c>StartTls</c> or <c>SslOnConnect</c>.</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "ne-pas-repondre@cantine.local";

    public string FromName { get; set; } = "Cantine";
}
