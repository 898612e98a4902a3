using Cantine.Accounts.Contracts.AttachChildToFamily;
using Cantine.Accounts.Contracts.ChangePassword;
using Cantine.Accounts.Contracts.GetFamilyHome;
using Cantine.Accounts.Contracts.GetSessionState;
using Cantine.Accounts.Contracts.GetStructure;
using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Accounts.Contracts.RequestPasswordReset;
using Cantine.Accounts.Contracts.SetPassword;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Contracts.VerifyTwoFactor;

namespace Cantine.Accounts.Tests.Features.TenantIsolation;

/// <summary>Conjoined tenancy: whatever town "a" holds, town "b" cannot see, use or change.</summary>
public sealed class TenantIsolationTests(TenantIsolationTests.App app) : IClassFixture<TenantIsolationTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown A { get; private set; } = null!;

        public TestTown B { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            A = await TestTown.CreateAsync(this, "a", "Ville de Arbent");
            B = await TestTown.CreateAsync(this, "b", "Ville de Bellignat");
        }
    }

    [Fact]
    public async Task The_same_login_can_exist_in_both_towns_as_two_accounts()
    {
        var inA = await Seed.FamilyWithGuardianAsync(app, "a", "Camille", "Petit", login: "camille.petit");
        var inB = await Seed.FamilyWithGuardianAsync(app, "b", "Camille", "Petit", login: "camille.petit");

        inB.Guardian.UserId.ShouldNotBe(inA.Guardian.UserId);
        (await app.SendAsync("a", s => s.Send(new SignInCommand("camille.petit", TestTown.Password, false)))).ShouldSucceed().UserId.ShouldBe(inA.Guardian.UserId);
        (await app.SendAsync("b", s => s.Send(new SignInCommand("camille.petit", TestTown.Password, false)))).ShouldSucceed().UserId.ShouldBe(inB.Guardian.UserId);
    }

    [Fact]
    public async Task Generated_logins_are_numbered_per_town()
    {
        var inA = await Seed.FamilyWithGuardianAsync(app, "a", "Sarah", "Collet");
        var inB = await Seed.FamilyWithGuardianAsync(app, "b", "Sarah", "Collet");

        inA.Guardian.Login.ShouldBe("sarah.collet");
        inB.Guardian.Login.ShouldBe("sarah.collet");
    }

    [Fact]
    public async Task A_family_of_a_has_no_home_in_b()
    {
        (await app.SendAsync("b", s => s.Send(new GetFamilyHomeQuery(app.A.Family.FamilyId)))).ShouldBeNull();
        (await app.SendAsync("a", s => s.Send(new GetFamilyHomeQuery(app.A.Family.FamilyId)))).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_login_of_a_does_not_sign_in_at_b()
    {
        var inA = await app.SendAsync("a", s => s.Send(new SignInCommand(app.A.Family.Guardian.Login, TestTown.Password, false)));
        var atB = await app.SendAsync("b", s => s.Send(new SignInCommand(app.A.Family.Guardian.Login, TestTown.Password, false)));
        var staffAtB = await app.SendAsync("b", s => s.Send(new SignInCommand(app.A.Administrator.Login, TestTown.Password, true)));

        inA.ShouldSucceed();
        atB.ShouldBeRefused("SignInFailed");
        staffAtB.ShouldBeRefused("SignInFailed");
    }

    [Fact]
    public async Task Failures_at_b_do_not_lock_the_namesake_account_of_a()
    {
        var inA = await Seed.FamilyWithGuardianAsync(app, "a", "Louise", "Vasseur", login: "louise.v");
        await Seed.FamilyWithGuardianAsync(app, "b", "Louise", "Vasseur", login: "louise.v");
        for (var i = 0; i < 10; i++)
        {
            await app.SendAsync("b", s => s.Send(new SignInCommand("louise.v", "Mauvais-Essai-" + i, false)));
        }

        (await app.SendAsync("a", s => s.Send(new SignInCommand("louise.v", TestTown.Password, false)))).ShouldSucceed().UserId.ShouldBe(inA.Guardian.UserId);
        (await app.SendAsync("b", s => s.Send(new SignInCommand("louise.v", TestTown.Password, false)))).ShouldBeRefused("SignInFailed");
    }

    [Fact]
    public async Task An_account_of_a_has_no_session_state_and_cannot_be_changed_from_b()
    {
        var guardian = app.A.Family.Guardian;

        (await app.SendAsync("b", s => s.Send(new GetSessionStateQuery(guardian.UserId)))).ShouldBeNull();
        (await app.SendAsync("b", s => s.Send(new ChangePasswordCommand(guardian.UserId, TestTown.Password, "Detourne-Depuis-B-2026", "Detourne-Depuis-B-2026"))))
            .ShouldBeRefused("AccountNotFound");
        (await app.SendAsync("b", s => s.Send(new SetPasswordCommand(guardian.UserId, "Detourne-Depuis-B-2026")))).ShouldBeRefused("AccountNotFound");
        (await app.SendAsync("a", s => s.Send(new SignInCommand(guardian.Login, TestTown.Password, false)))).ShouldSucceed();
    }

    [Fact]
    public async Task Families_and_children_of_a_cannot_be_added_to_from_b()
    {
        var register = await app.SendAsync("b", s => s.Send(
            new RegisterGuardianCommand(app.A.Family.FamilyId, "M.", "Intrus", "Venu", Seed.UniqueEmail(), "")));
        var child = await app.SendAsync("b", s => s.Send(
            new RegisterChildCommand(app.A.Family.FamilyId, "Intrus", "Venu", new DateOnly(2018, 1, 1), "École B", "CP")));
        var attach = await app.SendAsync("b", s => s.Send(new AttachChildToFamilyCommand(app.A.SharedChildId, app.B.Family.FamilyId)));

        register.ShouldBeRefused("FamilyNotFound");
        child.ShouldBeRefused("FamilyNotFound");
        attach.ShouldBeRefused("ChildNotFound");
        var home = (await app.SendAsync("a", s => s.Send(new GetFamilyHomeQuery(app.A.Family.FamilyId))))!;
        home.Guardians.ShouldHaveSingleItem().Id.ShouldBe(app.A.Family.Guardian.UserId);
        home.Children.ShouldHaveSingleItem().Id.ShouldBe(app.A.SharedChildId);
    }

    [Fact]
    public async Task A_child_of_b_cannot_join_a_family_of_a()
    {
        (await app.SendAsync("a", s => s.Send(new AttachChildToFamilyCommand(app.B.SharedChildId, app.A.Family.FamilyId)))).ShouldBeRefused("ChildNotFound");
    }

    [Fact]
    public async Task Asking_b_for_a_password_link_for_an_account_of_a_sends_nothing()
    {
        var (result, messages) = await app.SendTrackedAsync("b", s => s.Send(
            new RequestPasswordResetCommand(app.A.Family.Guardian.Login, app.A.Family.Guardian.Email)));

        result.ShouldSucceed();
        messages.LinksRequested().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_second_factor_of_a_does_not_verify_at_b()
    {
        (await app.SendAsync("b", s => s.Send(new VerifyTwoFactorCommand(app.A.Administrator.UserId, TestTown.CurrentCode(app.Clock)))))
            .ShouldBeRefused("TwoFactorFailed");
    }

    [Fact]
    public async Task Each_town_sees_its_own_structure()
    {
        (await app.SendAsync("a", s => s.Send(new GetStructureQuery())))!.Name.ShouldBe("Ville de Arbent");
        (await app.SendAsync("b", s => s.Send(new GetStructureQuery())))!.Name.ShouldBe("Ville de Bellignat");
    }
}
