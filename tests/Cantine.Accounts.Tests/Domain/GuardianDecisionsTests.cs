using Cantine.Accounts.Domain;
using Cantine.Testing.Decisions;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>Given a guardian's (or a staff member's) events, when the staff change the guardian's details, then these events or this refusal.</summary>
public sealed class GuardianDecisionsTests
{
    private static readonly Guid UserId = Guid.NewGuid();
    private static readonly Guid FamilyId = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2030, 9, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly PostalAddress Address = new("3 rue des Lilas", "69003", "Lyon");

    private static readonly GuardianRegistered Registered =
        new(UserId, FamilyId, "claire.garnier", "Mme", "Claire", "Garnier", "claire@example.org", "0601020304");

    private static readonly GuardianDetailsChanged WithAddress =
        new(UserId, "Mme", "Claire", "Garnier", "claire@example.org", "0601020304", Address);

    [Fact]
    public void Changes_the_details_trimmed()
    {
        var details = new ChangeGuardianDetails(
            " Mme ", " Claire ", " Garnier-Moreau ", " claire@example.org ", " 0601020304 ", new PostalAddress(" 3 rue des Lilas ", " 69003 ", " Lyon "));

        GuardianDecisions.Decide(details, History.Of<UserAccount>(Registered), Now)
            .ShouldAppend(WithAddress with { LastName = "Garnier-Moreau" });
    }

    [Fact]
    public void The_same_details_again_change_nothing()
    {
        var details = new ChangeGuardianDetails("Mme", "Claire", "Garnier", "claire@example.org", "0601020304", Address);

        GuardianDecisions.Decide(details, History.Of<UserAccount>(Registered, WithAddress), Now).ShouldChangeNothing();
    }

    [Fact]
    public void No_address_removes_the_address()
    {
        var details = new ChangeGuardianDetails("Mme", "Claire", "Garnier", "claire@example.org", "0601020304", null);

        GuardianDecisions.Decide(details, History.Of<UserAccount>(Registered, WithAddress), Now).ShouldAppend(WithAddress with { Address = null });
    }

    [Fact]
    public void Refuses_the_details_of_a_staff_account()
    {
        var staff = History.Of<UserAccount>(new StaffMemberRegistered(UserId, "agent", "Paul", "Roux", "paul@example.org", StaffRole.Agent));

        GuardianDecisions.Decide(new ChangeGuardianDetails("M.", "Paul", "Roux", "paul@example.org", "", null), staff, Now)
            .ShouldRefuse("AccountNotFound", "UserId");
    }

    [Fact]
    public void Refuses_the_details_of_an_account_that_does_not_exist()
    {
        GuardianDecisions.Decide(new ChangeGuardianDetails("M.", "Paul", "Roux", "paul@example.org", "", null), History.Of<UserAccount>(), Now)
            .ShouldRefuse("AccountNotFound", "UserId");
    }

    [Fact]
    public void Erases_a_guardian_at_the_time()
    {
        GuardianDecisions.Decide(new EraseGuardian(), History.Of<UserAccount>(Registered)!, Now).ShouldAppend(new GuardianErased(UserId, Now));
    }
}
