using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Accounts.Contracts.DisableStaffMember;
using Cantine.Accounts.Contracts.EnableStaffMember;
using Cantine.Accounts.Contracts.GetSessionState;
using Cantine.Accounts.Contracts.SignIn;

namespace Cantine.Accounts.Tests.Features.StaffMembers;

/// <summary>An administrator disables a colleague: no more sign-in, sessions end; never themself, never the last administrator.</summary>
public sealed class DisableStaffMemberTests(DisableStaffMemberTests.App app) : IClassFixture<DisableStaffMemberTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await TestTown.CreateAsync(this, "lyon");
    }

    private Task<Result> DisableAsync(Guid target, Guid? by = null) =>
        app.SendAsAsync("lyon", by ?? app.Town.Administrator.UserId, s => s.Send(new DisableStaffMemberCommand(target)));

    [Fact]
    public async Task A_disabled_member_cannot_sign_in_and_their_sessions_end()
    {
        var agent = await Seed.StaffAsync(app, "lyon", "Agent");
        var before = await app.SendAsync("lyon", s => s.Send(new GetSessionStateQuery(agent.UserId)));

        (await DisableAsync(agent.UserId)).ShouldSucceed();

        var signIn = await app.SendAsync("lyon", s => s.Send(new SignInCommand(agent.Login, TestTown.Password, StaffOnly: true)));
        signIn.ShouldBeRefused("SignInFailed");
        var after = await app.SendAsync("lyon", s => s.Send(new GetSessionStateQuery(agent.UserId)));
        after.ShouldNotBeNull();
        after.ShouldNotBe(before);
    }

    [Fact]
    public async Task A_re_enabled_member_signs_in_again()
    {
        var agent = await Seed.StaffAsync(app, "lyon", "Agent");
        (await DisableAsync(agent.UserId)).ShouldSucceed();

        (await app.SendAsync("lyon", s => s.Send(new EnableStaffMemberCommand(agent.UserId)))).ShouldSucceed();

        (await app.SendAsync("lyon", s => s.Send(new SignInCommand(agent.Login, TestTown.Password, StaffOnly: true)))).ShouldSucceed();
    }

    [Fact]
    public async Task Refuses_to_disable_the_acting_administrator()
    {
        var admin = await Seed.StaffAsync(app, "lyon");

        (await DisableAsync(admin.UserId, by: admin.UserId)).ShouldBeRefused("Staff.CannotDisableSelf")
            .Message.ShouldBe("Vous ne pouvez pas désactiver votre propre compte.");
    }

    [Fact]
    public async Task Refuses_to_disable_the_last_active_administrator()
    {
        (await app.SendAsync("vienne", s => s.Send(Structures.Command("vienne", "Ville de Vienne")))).ShouldSucceed();
        var first = await Seed.StaffAsync(app, "vienne");
        var second = await Seed.StaffAsync(app, "vienne");
        var created = await app.SendAsync("vienne", s => s.Send(new Cantine.Accounts.Contracts.ListStaffMembers.ListStaffMembersQuery()));
        foreach (var other in created.Where(m => m.UserId != first.UserId && m.UserId != second.UserId))
        {
            (await app.SendAsAsync("vienne", first.UserId, s => s.Send(new DisableStaffMemberCommand(other.UserId)))).ShouldSucceed();
        }

        (await app.SendAsAsync("vienne", first.UserId, s => s.Send(new DisableStaffMemberCommand(second.UserId)))).ShouldSucceed();

        // "first" is now the only active administrator: a colleague's agent account cannot remove them either.
        var agent = await Seed.StaffAsync(app, "vienne", "Agent");
        (await app.SendAsAsync("vienne", agent.UserId, s => s.Send(new DisableStaffMemberCommand(first.UserId))))
            .ShouldBeRefused("Staff.LastAdministrator");
    }

    [Fact]
    public async Task Refuses_a_guardian_account_and_an_unknown_id()
    {
        (await DisableAsync(app.Town.Family.Guardian.UserId)).ShouldBeRefused("AccountNotFound");
        (await DisableAsync(Guid.NewGuid())).ShouldBeRefused("AccountNotFound");
    }

    [Fact]
    public async Task Does_not_reach_another_towns_member()
    {
        (await app.SendAsync("grenoble", s => s.Send(Structures.Command("grenoble", "Ville de Grenoble")))).ShouldSucceed();
        var elsewhere = await Seed.StaffAsync(app, "grenoble", "Agent");

        (await DisableAsync(elsewhere.UserId)).ShouldBeRefused("AccountNotFound");

        (await app.SendAsync("grenoble", s => s.Send(new SignInCommand(elsewhere.Login, TestTown.Password, StaffOnly: true)))).ShouldSucceed();
    }
}
