using Cantine.Accounts.Domain;
using Cantine.Testing.Decisions;
using static Cantine.Accounts.Tests.Domain.AccountHistories;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>Given an account's events, when it is registered or renamed, then these events or this refusal (no database).</summary>
public sealed class UserAccountDecisionsTests
{
    private static readonly Family Family = History.Of<Family>(new FamilyRegistered(FamilyId, "Dupont", null))!;
    private static readonly Guid NewUserId = Guid.NewGuid();

    [Fact]
    public void Registers_a_guardian_in_an_existing_family_with_the_details_trimmed()
    {
        var command = new RegisterGuardian(NewUserId, FamilyId, "jean.dupont", " M. ", " Jean ", " Dupont ", " jean@exemple.fr ", " 06 ");

        UserAccountDecisions.Decide(command, Family, Now)
            .ShouldAppend(new GuardianRegistered(NewUserId, FamilyId, "jean.dupont", "M.", "Jean", "Dupont", "jean@exemple.fr", "06"));
    }

    [Fact]
    public void Refuses_a_guardian_of_a_family_that_does_not_exist()
    {
        var command = new RegisterGuardian(NewUserId, FamilyId, "jean.dupont", "M.", "Jean", "Dupont", "jean@exemple.fr", "06");

        UserAccountDecisions.Decide(command, null, Now).ShouldRefuse("FamilyNotFound", "FamilyId");
    }

    [Fact]
    public void Refuses_a_guardian_whose_wanted_login_is_taken()
    {
        var command = new RegisterGuardian(NewUserId, FamilyId, null, "M.", "Jean", "Dupont", "jean@exemple.fr", "06");

        UserAccountDecisions.Decide(command, Family, Now).ShouldRefuse("LoginTaken", "Login");
    }

    [Fact]
    public void Registers_a_staff_member_with_the_details_trimmed()
    {
        var command = new RegisterStaffMember(NewUserId, "agnes.morel", " Agnès ", " Morel ", " agnes@demo.fr ", StaffRole.Agent);

        UserAccountDecisions.Decide(command, Now)
            .ShouldAppend(new StaffMemberRegistered(NewUserId, "agnes.morel", "Agnès", "Morel", "agnes@demo.fr", StaffRole.Agent));
    }

    [Fact]
    public void Refuses_a_staff_member_whose_wanted_login_is_taken()
    {
        UserAccountDecisions.Decide(new RegisterStaffMember(NewUserId, null, "Agnès", "Morel", "a@demo.fr", StaffRole.Agent), Now)
            .ShouldRefuse("LoginTaken", "Login");
    }

    [Fact]
    public void Changes_a_guardians_login_to_a_free_one_trimmed()
    {
        UserAccountDecisions.Decide(new ChangeLogin(" jean.dupont2 ", null), Guardian(), Now)
            .ShouldAppend(new LoginChanged(ParentRegistered.UserId, "jean.dupont2"));
    }

    [Fact]
    public void Changes_the_case_of_a_guardians_own_login()
    {
        UserAccountDecisions.Decide(new ChangeLogin("Jean.Dupont", ParentRegistered.UserId), Guardian(), Now)
            .ShouldAppend(new LoginChanged(ParentRegistered.UserId, "Jean.Dupont"));
    }

    [Fact]
    public void The_same_login_again_changes_nothing()
    {
        UserAccountDecisions.Decide(new ChangeLogin("jean.dupont ", ParentRegistered.UserId), Guardian(), Now).ShouldChangeNothing();
    }

    [Fact]
    public void Refuses_a_login_another_account_holds()
    {
        UserAccountDecisions.Decide(new ChangeLogin("agnes.morel", AgentRegistered.UserId), Guardian(), Now).ShouldRefuse("LoginTaken", "Login");
    }

    [Fact]
    public void Refuses_to_change_the_login_of_a_staff_account_or_of_no_account()
    {
        UserAccountDecisions.Decide(new ChangeLogin("agnes", null), Agent(), Now).ShouldRefuse("AccountNotFound", "UserId");
        UserAccountDecisions.Decide(new ChangeLogin("agnes", null), null, Now).ShouldRefuse("AccountNotFound", "UserId");
    }
}
