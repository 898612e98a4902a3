using System.Security.Claims;

namespace Cantine.Host.Security;

/// <summary>
/// The platform's operators (issue #18, defect 5): a platform role, held by no town. An operator is a staff account
/// named in the platform's configuration, <c>Platform:Operators</c>, as <c>town/login</c>, signed in to that town's
/// back office with its second factor. A town's administrator cannot make anyone an operator; only who runs the
/// platform, through its configuration. Hangfire's dashboard, which shows every town's jobs, is theirs only.
/// </summary>
public sealed class PlatformOperators(IConfiguration configuration)
{
    public const string Section = "Platform:Operators";

    private readonly HashSet<string> _operators = configuration.GetSection(Section).Get<string[]>()?
        .Select(o => o.Trim()).Where(o => o.Length > 0).ToHashSet(StringComparer.Ordinal) ?? [];

    public bool Includes(ClaimsPrincipal user) =>
        user.IsStaff()
        && user.FindFirstValue(CantineClaims.Tenant) is { } tenant
        && user.FindFirstValue(CantineClaims.Login) is { } login
        && _operators.Contains($"{tenant}/{login}");
}
