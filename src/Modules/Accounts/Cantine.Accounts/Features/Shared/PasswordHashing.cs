using Cantine.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cantine.Accounts.Features.Shared;

/// <summary>
/// ASP.NET Core Identity's hasher (PBKDF2-HMAC-SHA512, format v3). 210,000 iterations by default:
/// OWASP's 2023 figure for that PRF (ADR 0005). Old hashes are upgraded at the next sign-in.
/// </summary>
public sealed class PasswordHashing(IOptions<AccountsOptions> options)
{
    private readonly PasswordHasher<UserAccount> _hasher = new(Options.Create(new PasswordHasherOptions
    {
        CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
        IterationCount = options.Value.PasswordHashIterations,
    }));

    // Verified when the login is unknown, so that a miss costs as long as a wrong password.
    private readonly Lazy<string> _decoy = new(() => new PasswordHasher<UserAccount>().HashPassword(null!, Guid.NewGuid().ToString()));

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
