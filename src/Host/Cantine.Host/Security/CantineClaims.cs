using System.Security.Claims;
using Cantine.Accounts.Contracts.SignIn;

namespace Cantine.Host.Security;

/// <summary>What the sign-in cookie says about its user. The tenant and the stamp are checked on every request.</summary>
public static class CantineClaims
{
    public const string UserId = "sub";
    public const string Tenant = "tenant";
    public const string Kind = "kind";
    public const string Role = "role";
    public const string Family = "family";
    public const string Stamp = "stamp";
    public const string Login = "login";
    public const string SecondFactor = "amr";
    public const string SessionId = "sid";

    public const string GuardianKind = "Guardian";
    public const string StaffKind = "Staff";
    public const string AdministratorRole = "Administrateur";

    public static ClaimsPrincipal For(SignedInUserDto user, string tenant, string scheme, bool secondFactor)
    {
        var claims = new List<Claim>
        {
            new(UserId, user.UserId.ToString()),
            new(Tenant, tenant),
            new(Kind, user.Kind),
            new(Login, user.Login),
            new(ClaimTypes.Name, user.DisplayName),
            new(Stamp, user.SecurityStamp),
            new(SessionId, Guid.NewGuid().ToString()),
        };
        if (user.Role is { } role)
        {
            claims.Add(new Claim(Role, role));
        }

        if (user.FamilyId is { } family)
        {
            claims.Add(new Claim(Family, family.ToString()));
        }

        if (secondFactor)
        {
            claims.Add(new Claim(SecondFactor, "mfa"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, Role));
    }

    public static Guid? UserIdOf(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(UserId), out var id) ? id : null;

    public static Guid? SessionIdOf(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(SessionId), out var id) ? id : null;

    public static Guid? FamilyIdOf(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Family), out var id) ? id : null;

    public static bool IsGuardian(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirstValue(Kind) == GuardianKind;

    public static bool IsStaff(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirstValue(Kind) == StaffKind && user.HasClaim(SecondFactor, "mfa");

    public static bool IsAdministrator(this ClaimsPrincipal user) =>
        user.IsStaff() && user.FindFirstValue(Role) == AdministratorRole;
}
