using System.Security.Claims;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.Host.Security;
using Microsoft.AspNetCore.Authentication;

namespace Cantine.Host.Areas.Admin.Pages.Account;

/// <summary>The staff sign-in steps: password, then the second factor, then the session.</summary>
public static class StaffSignIn
{
    public static Task BeginAsync(HttpContext context, SignedInUserDto user, string tenant) =>
        context.SignInAsync(AuthSchemes.TwoFactorPending, CantineClaims.For(user, tenant, AuthSchemes.TwoFactorPending, secondFactor: false));

    /// <summary>The staff member whose password was right, if the pending step is still valid.</summary>
    public static async Task<Guid?> PendingUserAsync(HttpContext context)
    {
        var pending = await context.AuthenticateAsync(AuthSchemes.TwoFactorPending);
        return pending.Succeeded && pending.Principal.FindFirstValue(CantineClaims.Kind) == CantineClaims.StaffKind
            ? pending.Principal.UserIdOf()
            : null;
    }

    public static async Task CompleteAsync(HttpContext context, SignedInUserDto user, string tenant)
    {
        await context.SignOutAsync(AuthSchemes.TwoFactorPending);
        await SessionSignIn.SignInAsync(context, user, tenant, remember: false, secondFactor: true);
    }
}
