using Cantine.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cantine.Accounts.Features.Shared;

/// <summary>
/// ASP.NET Core Identity's hasher (PBKDF2-HMAC-SHA512, format v3). 210,000 iterations by default:
/// OWASP's 2023 figure for that PRF (ADR 0005). Old hashes are upgraded at the next sign-in.
/// </summary>
public sealed class PasswordHashing
{
    private readonly PasswordHasher<UserAccount> _hasher;

    // Verified when the login is unknown, with the same hasher, so that a miss costs as long as a wrong password
    // (an unknown login must not answer faster: that would tell which logins exist).
    private readonly Lazy<string> _decoy;

    public PasswordHashing(IOptions<AccountsOptions> options)
    {
        _hasher = new PasswordHasher<UserAccount>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
            IterationCount = options.Value.PasswordHashIterations,
        }));
        _decoy = new Lazy<string>(() => _hasher.HashPassword(null!, Guid.NewGuid().ToString()));
    }

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public PasswordCheck Verify(string? hash, string password)
    {
        var outcome = _hasher.VerifyHashedPassword(null!, hash ?? _decoy.Value, password);
        return hash is null ? PasswordCheck.Wrong : outcome switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Right,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.RightButRehash,
            _ => PasswordCheck.Wrong,
        };
    }
}
