using Cantine.Accounts.Contracts.AttachChildToFamily;
using Cantine.Accounts.Contracts.CreateStructure;
using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Contracts.RegisterStaffMember;
using Cantine.Accounts.Contracts.SetPassword;
using Cantine.BuildingBlocks.Contracts.Results;
using OtpNet;

namespace Cantine.Testing;

/// <summary>A structure with staff and two families, built through the real commands.</summary>
public sealed record TestTown(
    string Slug, string Name, TestAccount Administrator, TestAccount Agent, TestFamily Family, TestFamily OtherFamily, Guid SharedChildId)
{
    public const string Password = "Tartine-Beurre-Confiture-42";
    public const string AdministratorSecret = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";

    public static async Task<TestTown> CreateAsync(CantineApp app, string slug, string? name = null, string periodKind = "Week")
    {
        name ??= "Ville de " + char.ToUpperInvariant(slug[0]) + slug[1..];
        var town = Ok(await app.SendAsync(slug, s => s.Send(new CreateStructureCommand(
            slug, name, "1 rue de la Paix", "69001", "Lyon", "04 72 00 00 00", $"contact@{slug}.test", periodKind,
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday], "Anne", "Admin", $"admin@{slug}.test", $"admin-{slug}"))));
        Ok(await app.SendAsync(slug, s => s.Send(new SetPasswordCommand(town.AdminUserId, Password, AdministratorSecret))));
        var agent = Ok(await app.SendAsync(slug, s => s.Send(new RegisterStaffMemberCommand("Paul", "Agent", $"agent@{slug}.test", "Agent", $"agent-{slug}"))));
        Ok(await app.SendAsync(slug, s => s.Send(new SetPasswordCommand(agent.UserId, Password))));

        var family = await FamilyAsync(app, slug, "Durand", "Marie", $"marie.durand-{slug}");
        var other = await FamilyAsync(app, slug, "Roux", "Lucas", $"lucas.roux-{slug}");
        var child = Ok(await app.SendAsync(slug, s => s.Send(new RegisterChildCommand(family.FamilyId, "Jade", "Durand", new DateOnly(2017, 4, 1), "École A", "CE1"))));
        Ok(await app.SendAsync(slug, s => s.Send(new AttachChildToFamilyCommand(child, other.FamilyId))));
        return new TestTown(slug, name, new TestAccount(town.AdminUserId, $"admin-{slug}", $"admin@{slug}.test"),
            new TestAccount(agent.UserId, $"agent-{slug}", $"agent@{slug}.test"), family, other, child);
    }

    /// <summary>What an authenticator app shows for <paramref name="secret"/> at the host clock's time.</summary>
    public static string CurrentCode(TimeProvider clock, string secret = AdministratorSecret) =>
        new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Half a minute later (a person types the code), what the authenticator app shows: a code is accepted once per
    /// 30-second step, so each sign-in of the same account needs the clock to move on.
    /// </summary>
    public static string NextCode(TestClock clock, string secret = AdministratorSecret)
    {
        clock.Advance(TimeSpan.FromSeconds(30));
        return CurrentCode(clock, secret);
    }

    private static async Task<TestFamily> FamilyAsync(CantineApp app, string slug, string name, string first, string login)
    {
        var family = Ok(await app.SendAsync(slug, s => s.Send(new RegisterFamilyCommand(name))));
        var email = $"{login}@familles.test";
        var guardian = Ok(await app.SendAsync(slug, s => s.Send(new RegisterGuardianCommand(family, "Mme", first, name, email, "06 00 00 00 00", login))));
        Ok(await app.SendAsync(slug, s => s.Send(new SetPasswordCommand(guardian.UserId, Password))));
        return new TestFamily(family, new TestAccount(guardian.UserId, login, email));
    }

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

public sealed record TestAccount(Guid UserId, string Login, string Email);

public sealed record TestFamily(Guid FamilyId, TestAccount Guardian);
