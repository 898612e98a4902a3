using Microsoft.AspNetCore.DataProtection;
using OtpNet;

namespace Cantine.Accounts.Features.Shared;

/// <summary>
/// TOTP (RFC 6238, 30 s, 6 digits) with Otp.NET. Secrets are stored encrypted with Data Protection;
/// a code is accepted once (its time step must be newer than the last one used).
/// </summary>
public sealed class TwoFactorCodes(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Cantine.Accounts.Totp.v1");

    public static string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    public string Protect(string base32Secret) => _protector.Protect(base32Secret);

    /// <summary>The matched time step, or null when the code is wrong or was already used.</summary>
    public long? Verify(string protectedSecret, string code, long lastUsedStep)
    {
        var secret = Base32Encoding.ToBytes(_protector.Unprotect(protectedSecret));
        var totp = new Totp(secret);
        var ok = totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code.Replace(" ", string.Empty, StringComparison.Ordinal),
            out var step, VerificationWindow.RfcSpecifiedNetworkDelay);
        return ok && step > lastUsedStep ? step : null;
    }

    public static string OtpAuthUri(string structureName, string login, string secret) =>
        $"otpauth://totp/{Uri.EscapeDataString("Cantine " + structureName)}:{Uri.EscapeDataString(login)}" +
        $"?secret={secret}&issuer={Uri.EscapeDataString("Cantine " + structureName)}&digits=6&period=30";
}
