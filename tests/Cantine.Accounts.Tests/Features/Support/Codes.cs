using OtpNet;

namespace Cantine.Accounts.Tests.Features.Support;

/// <summary>What an authenticator app shows for a secret at the host clock's time, computed with Otp.NET like the product.</summary>
public static class Codes
{
    public static string Current(TimeProvider clock, string base32Secret) => TestTown.CurrentCode(clock, base32Secret);

    /// <summary>A well-formed code that is none of the codes accepted right now (previous, current, next step).</summary>
    public static string Wrong(TimeProvider clock, string base32Secret)
    {
        var totp = new Totp(Base32Encoding.ToBytes(base32Secret));
        var now = clock.GetUtcNow().UtcDateTime;
        var accepted = new[] { now.AddSeconds(-30), now, now.AddSeconds(30) }.Select(at => totp.ComputeTotp(at)).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => $"{i}{i}{i}{i}{i}{i}").First(code => !accepted.Contains(code));
    }
}
