using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Contracts.RegisterStaffMember;
using Cantine.Accounts.Contracts.SetPassword;
using OtpNet;

namespace Cantine.Accounts.Tests.Features.Support;

/// <summary>Accounts made through the real commands, each with its own e-mail address so tests do not see each other's mail.</summary>
public static class Seed
{
    public static string UniqueEmail(string who = "parent") => $"{who}-{Guid.NewGuid():N}@familles.test";

    public static async Task<TestFamily> FamilyWithGuardianAsync(
        CantineApp app, string tenant, string firstName = "Camille", string lastName = "Petit",
        string? email = null, string? login = null, bool withPassword = true)
    {
        var familyId = (await app.SendAsync(tenant, s => s.Send(new RegisterFamilyCommand(lastName)))).ShouldSucceed();
        var guardian = await GuardianAsync(app, tenant, familyId, firstName, lastName, email, login, withPassword);
        return new TestFamily(familyId, guardian);
    }

    public static async Task<TestAccount> GuardianAsync(
        CantineApp app, string tenant, Guid familyId, string firstName = "Camille", string lastName = "Petit",
        string? email = null, string? login = null, bool withPassword = true)
    {
        email ??= UniqueEmail();
        var registered = (await app.SendAsync(tenant, s => s.Send(
            new RegisterGuardianCommand(familyId, "Mme", firstName, lastName, email, "06 00 00 00 00", login)))).ShouldSucceed();
        if (withPassword)
        {
            (await app.SendAsync(tenant, s => s.Send(new SetPasswordCommand(registered.UserId, TestTown.Password)))).ShouldSucceed();
        }

        return new TestAccount(registered.UserId, registered.Login, email);
    }

    /// <summary>A staff member with a password and, when <paramref name="totpSecret"/> is given, that second factor.</summary>
    public static async Task<TestAccount> StaffAsync(CantineApp app, string tenant, string role = "Administrateur", string? totpSecret = null)
    {
        var email = UniqueEmail("agent");
        var registered = (await app.SendAsync(tenant, s => s.Send(
            new RegisterStaffMemberCommand("Sam", "Mairie", email, role, "staff-" + Guid.NewGuid().ToString("N")[..8])))).ShouldSucceed();
        (await app.SendAsync(tenant, s => s.Send(new SetPasswordCommand(registered.UserId, TestTown.Password, totpSecret)))).ShouldSucceed();
        return new TestAccount(registered.UserId, registered.Login, email);
    }

    public static string NewTotpSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
}
