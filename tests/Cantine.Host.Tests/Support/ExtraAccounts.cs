using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Contracts.RegisterStaffMember;
using Cantine.Accounts.Contracts.SetPassword;
using Cantine.BuildingBlocks.Contracts.Results;
using OtpNet;

namespace Cantine.Host.Tests.Support;

/// <summary>
/// More accounts than <see cref="TestTown"/> has, for tests that change a password, lock an account or
/// sign staff in repeatedly (a TOTP code is accepted once per 30-second step and account).
/// </summary>
public static class ExtraAccounts
{
    public static async Task<TestAccount> GuardianAsync(CantineApp app, string slug, string login, string password = TestTown.Password)
    {
        var family = Ok(await app.SendAsync(slug, s => s.Send(new RegisterFamilyCommand("Famille " + login))));
        var email = $"{login}@familles.test";
        var guardian = Ok(await app.SendAsync(slug, s => s.Send(new RegisterGuardianCommand(family, "Mme", "Claire", "Martin", email, "06 00 00 00 00", login))));
        Ok(await app.SendAsync(slug, s => s.Send(new SetPasswordCommand(guardian.UserId, password))));
        return new TestAccount(guardian.UserId, login, email);
    }

    /// <summary>A staff member with a password; with <paramref name="totpSecret"/>, its second factor is already enabled.</summary>
    public static async Task<TestAccount> StaffAsync(CantineApp app, string slug, string role, string login, string? totpSecret)
    {
        var email = $"{login}@{slug}.test";
        var staff = Ok(await app.SendAsync(slug, s => s.Send(new RegisterStaffMemberCommand("Léa", "Personnel", email, role, login))));
        Ok(await app.SendAsync(slug, s => s.Send(new SetPasswordCommand(staff.UserId, TestTown.Password, totpSecret))));
        return new TestAccount(staff.UserId, login, email);
    }

    public static string NewTotpSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    private static T Ok<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));

    private static void Ok(Result result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
        }
    }
}
