namespace Cantine.Host.Security;

/// <summary>
/// How long a session lasts without activity, and when its end is announced (RGAA 13.1, ASVS 3.3; ADR 0032). Section
/// <c>Sessions</c>. "Se souvenir de moi" keeps its 30 days (<see cref="SessionSignIn.RememberFor"/>).
/// </summary>
public sealed class SessionLimits
{
    public const string Section = "Sessions";

    /// <summary>A session without "Se souvenir de moi" ends this long after its last renewal (any request past half of it, or "Prolonger ma session").</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long before its end the page announces it and offers "Prolonger ma session".</summary>
    public TimeSpan WarningBefore { get; set; } = TimeSpan.FromMinutes(3);
}
