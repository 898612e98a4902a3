namespace Cantine.Host.Security;

public static class AuthSchemes
{
    /// <summary>The session of a signed-in guardian or staff member.</summary>
    public const string Session = "cantine";

    /// <summary>A staff member whose password was right and who still owes the second factor (a few minutes).</summary>
    public const string TwoFactorPending = "cantine-2fa";
}
