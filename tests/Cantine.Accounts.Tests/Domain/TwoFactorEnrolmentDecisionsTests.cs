using Cantine.Accounts.Domain;
using Cantine.Testing.Decisions;
using static Cantine.Accounts.Tests.Domain.AccountHistories;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>Given a staff account with a pending secret, when its first code comes, then these events or this refusal.</summary>
public sealed class TwoFactorEnrolmentDecisionsTests
{
    private static readonly UserCredentials Pending = CredentialsOf(Agent()).WithFailedSignIn(Now) with { PendingProtectedTotpSecret = "pending" };

    [Fact]
    public void The_first_right_code_enables_the_second_factor_and_signs_in()
    {
        var outcome = SignInDecisions.Decide(new ConfirmTwoFactorEnrolment(42), Agent(), Pending, Now);

        outcome.Decision.ShouldAppend(new TwoFactorEnabled(AgentRegistered.UserId, Now), new SignedIn(AgentRegistered.UserId, Now));
        outcome.Credentials!.ProtectedTotpSecret.ShouldBe("pending");
        outcome.Credentials.PendingProtectedTotpSecret.ShouldBeNull();
        outcome.Credentials.LastTotpStep.ShouldBe(42);
        outcome.Credentials.FailedAttempts.ShouldBe(0);
    }

    [Fact]
    public void Refuses_a_wrong_code_storing_nothing()
    {
        var outcome = SignInDecisions.Decide(new ConfirmTwoFactorEnrolment(null), Agent(), Pending, Now);

        outcome.Decision.ShouldRefuse("TwoFactorFailed", "Code");
        outcome.Credentials.ShouldBeNull();
    }

    [Fact]
    public void Refuses_a_code_before_the_enrolment_started()
    {
        SignInDecisions.Decide(new ConfirmTwoFactorEnrolment(42), Agent(), CredentialsOf(Agent()), Now).Decision.ShouldRefuse("TwoFactorNotStarted");
    }

    [Fact]
    public void Refuses_to_enrol_a_second_factor_twice()
    {
        var enrolled = Agent(new TwoFactorEnabled(AgentRegistered.UserId, Now.AddDays(-1)));

        SignInDecisions.Decide(new ConfirmTwoFactorEnrolment(42), enrolled, Pending, Now).Decision.ShouldRefuse("TwoFactorAlreadyEnabled");
    }

    [Fact]
    public void Refuses_a_guardian_a_disabled_staff_member_and_no_account()
    {
        var disabled = Agent(new StaffMemberDisabled(AgentRegistered.UserId, Now.AddDays(-1)));

        SignInDecisions.Decide(new ConfirmTwoFactorEnrolment(42), Guardian(), Pending, Now).Decision.ShouldRefuse("AccountNotFound");
        SignInDecisions.Decide(new ConfirmTwoFactorEnrolment(42), disabled, Pending, Now).Decision.ShouldRefuse("AccountNotFound");
        SignInDecisions.Decide(new ConfirmTwoFactorEnrolment(42), null, null, Now).Decision.ShouldRefuse("AccountNotFound");
    }
}
