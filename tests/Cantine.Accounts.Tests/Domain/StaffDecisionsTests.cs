using Cantine.Accounts.Domain;
using Cantine.Testing.Decisions;
using static Cantine.Accounts.Tests.Domain.AccountHistories;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>Given a staff account's events, when an administrator acts on it, then these events or this refusal (no database).</summary>
public sealed class StaffDecisionsTests
{
    private static readonly Guid ActorId = Guid.NewGuid();
    private static readonly DisableStaffMember Disable = new(ActorId, NoOtherActiveAdministrator: false);

    [Fact]
    public void Disables_a_staff_member()
    {
        StaffDecisions.Decide(Disable, Agent(), Now).ShouldAppend(new StaffMemberDisabled(AgentRegistered.UserId, Now));
    }

    [Fact]
    public void Disables_an_administrator_while_another_one_remains()
    {
        StaffDecisions.Decide(Disable, Administrator(), Now).ShouldAppend(new StaffMemberDisabled(AdministratorRegistered.UserId, Now));
    }

    [Fact]
    public void Refuses_to_disable_the_last_active_administrator()
    {
        StaffDecisions.Decide(Disable with { NoOtherActiveAdministrator = true }, Administrator(), Now).ShouldRefuse("Staff.LastAdministrator");
    }

    [Fact]
    public void Disables_an_agent_even_with_no_other_active_administrator()
    {
        StaffDecisions.Decide(Disable with { NoOtherActiveAdministrator = true }, Agent(), Now)
            .ShouldAppend(new StaffMemberDisabled(AgentRegistered.UserId, Now));
    }

    [Fact]
    public void Refuses_to_disable_ones_own_account()
    {
        StaffDecisions.Decide(Disable with { ActorId = AgentRegistered.UserId }, Agent(), Now).ShouldRefuse("Staff.CannotDisableSelf");
    }

    [Fact]
    public void Disabling_a_disabled_account_again_changes_nothing()
    {
        StaffDecisions.Decide(Disable with { NoOtherActiveAdministrator = true }, Administrator(new StaffMemberDisabled(AdministratorRegistered.UserId, Now)), Now)
            .ShouldChangeNothing();
    }

    [Fact]
    public void Refuses_to_disable_a_guardian_or_no_account()
    {
        StaffDecisions.Decide(Disable, Guardian(), Now).ShouldRefuse("AccountNotFound");
        StaffDecisions.Decide(Disable, null, Now).ShouldRefuse("AccountNotFound");
    }

    [Fact]
    public void Enables_a_disabled_staff_member()
    {
        StaffDecisions.Decide(new EnableStaffMember(), Agent(new StaffMemberDisabled(AgentRegistered.UserId, Now.AddDays(-1))), Now)
            .ShouldAppend(new StaffMemberEnabled(AgentRegistered.UserId, Now));
    }

    [Fact]
    public void Enabling_an_enabled_account_changes_nothing()
    {
        StaffDecisions.Decide(new EnableStaffMember(), Agent(), Now).ShouldChangeNothing();
    }

    [Fact]
    public void Refuses_to_enable_a_guardian_or_no_account()
    {
        StaffDecisions.Decide(new EnableStaffMember(), Guardian(), Now).ShouldRefuse("AccountNotFound");
        StaffDecisions.Decide(new EnableStaffMember(), null, Now).ShouldRefuse("AccountNotFound");
    }

    [Fact]
    public void Resets_a_staff_members_second_factor()
    {
        StaffDecisions.Decide(new ResetStaffTwoFactor(), Agent(new TwoFactorEnabled(AgentRegistered.UserId, Now.AddDays(-3))), Now)
            .ShouldAppend(new TwoFactorReset(AgentRegistered.UserId, Now));
    }

    [Fact]
    public void Resets_even_a_second_factor_never_enrolled_so_that_a_pending_secret_goes_too()
    {
        StaffDecisions.Decide(new ResetStaffTwoFactor(), Agent(), Now).ShouldAppend(new TwoFactorReset(AgentRegistered.UserId, Now));
    }

    [Fact]
    public void Refuses_to_reset_the_second_factor_of_a_guardian_or_no_account()
    {
        StaffDecisions.Decide(new ResetStaffTwoFactor(), Guardian(), Now).ShouldRefuse("AccountNotFound");
        StaffDecisions.Decide(new ResetStaffTwoFactor(), null, Now).ShouldRefuse("AccountNotFound");
    }
}
