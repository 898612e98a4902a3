using Cantine.Accounts.Domain;
using Cantine.Testing.Decisions;
using static Cantine.Accounts.Tests.Domain.AccountHistories;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>Given an account and its credentials, when someone signs in, then these events, these credentials or this refusal.</summary>
public sealed class SignInDecisionsTests
{
    private static readonly SignIn RightPassword = new(AccountKind.Guardian, PasswordMatched: true);
    private static readonly SignIn WrongPassword = new(AccountKind.Guardian, PasswordMatched: false);

    private static UserCredentials AfterFailures(UserAccount account, int count)
    {
        var credentials = CredentialsOf(account);
        for (var i = 0; i < count; i++)
        {
            credentials = credentials.WithFailedSignIn(Now.AddMinutes(-1));
        }

        return credentials;
    }

    [Fact]
    public void Signs_a_guardian_in_with_the_right_password_and_forgets_earlier_failures()
    {
        var outcome = SignInDecisions.Decide(RightPassword, Guardian(), AfterFailures(Guardian(), 3), Now);

        outcome.Decision.ShouldAppend(new SignedIn(ParentRegistered.UserId, Now));
        outcome.Credentials!.FailedAttempts.ShouldBe(0);
        outcome.Credentials.PasswordHash.ShouldBe("hash");
    }

    [Fact]
    public void A_staff_members_right_password_signs_nobody_in_yet_and_keeps_the_failure_count()
    {
        var credentials = AfterFailures(Agent(), 3);

        var outcome = SignInDecisions.Decide(RightPassword with { Kind = AccountKind.Staff }, Agent(), credentials, Now);

        outcome.Decision.ShouldChangeNothing();
        outcome.Credentials.ShouldBe(credentials);
    }

    [Fact]
    public void Keeps_the_upgraded_hash_of_an_outdated_one()
    {
        var outcome = SignInDecisions.Decide(RightPassword with { UpgradedHash = "new hash" }, Guardian(), CredentialsOf(Guardian()), Now);

        outcome.Credentials!.PasswordHash.ShouldBe("new hash");
    }

    [Fact]
    public void A_wrong_password_is_refused_and_counted()
    {
        var outcome = SignInDecisions.Decide(WrongPassword, Guardian(), CredentialsOf(Guardian()), Now);

        outcome.Decision.ShouldRefuse("SignInFailed");
        outcome.Credentials!.FailedAttempts.ShouldBe(1);
        outcome.Events.ShouldBeEmpty();
    }

    [Fact]
    public void The_tenth_wrong_password_in_a_row_locks_the_account_and_records_it()
    {
        var outcome = SignInDecisions.Decide(WrongPassword, Guardian(), AfterFailures(Guardian(), LockoutPolicy.MaxFailures - 1), Now);

        outcome.Decision.ShouldRefuse("SignInFailed");
        outcome.Credentials!.LockedUntil.ShouldBe(Now + LockoutPolicy.LockoutDuration);
        outcome.Events.ShouldBe([new AccountLockedOut(ParentRegistered.UserId, Now + LockoutPolicy.LockoutDuration)]);
    }

    [Fact]
    public void While_locked_even_the_right_password_is_refused_and_the_credentials_are_stored_as_read()
    {
        var locked = AfterFailures(Guardian(), LockoutPolicy.MaxFailures);

        var outcome = SignInDecisions.Decide(RightPassword, Guardian(), locked, Now);

        outcome.Decision.ShouldRefuse("SignInFailed");
        outcome.Credentials.ShouldBe(locked);
        outcome.Events.ShouldBeEmpty();
    }

    [Fact]
    public void An_unknown_login_an_account_of_the_other_site_and_a_disabled_account_are_refused_alike_storing_nothing()
    {
        var disabled = Agent(new StaffMemberDisabled(AgentRegistered.UserId, Now.AddDays(-1)));
        var staffSite = RightPassword with { Kind = AccountKind.Staff };

        CredentialsDecision[] outcomes =
        [
            SignInDecisions.Decide(RightPassword, null, null, Now),
            SignInDecisions.Decide(RightPassword, Agent(), CredentialsOf(Agent()), Now),
            SignInDecisions.Decide(staffSite, Guardian(), CredentialsOf(Guardian()), Now),
            SignInDecisions.Decide(staffSite, disabled, CredentialsOf(disabled), Now),
        ];

        outcomes.ShouldAllBe(o => o.Decision.Refusal == "SignInFailed" && o.Credentials == null && o.Events.Count == 0);
    }

    [Fact]
    public void Signs_a_staff_member_in_with_a_new_code_and_remembers_its_step()
    {
        var account = Agent(new TwoFactorEnabled(AgentRegistered.UserId, Now.AddDays(-3)));

        var outcome = SignInDecisions.Decide(new VerifyTwoFactor(42), account, AfterFailures(account, 3), Now);

        outcome.Decision.ShouldAppend(new SignedIn(AgentRegistered.UserId, Now));
        outcome.Credentials!.LastTotpStep.ShouldBe(42);
        outcome.Credentials.FailedAttempts.ShouldBe(0);
    }

    [Fact]
    public void A_wrong_code_is_refused_and_counted()
    {
        var account = Agent(new TwoFactorEnabled(AgentRegistered.UserId, Now.AddDays(-3)));

        var outcome = SignInDecisions.Decide(new VerifyTwoFactor(null), account, CredentialsOf(account), Now);

        outcome.Decision.ShouldRefuse("TwoFactorFailed", "Code");
        outcome.Credentials!.FailedAttempts.ShouldBe(1);
    }

    [Fact]
    public void While_locked_even_a_right_code_is_refused_and_the_credentials_are_stored_as_read()
    {
        var account = Agent(new TwoFactorEnabled(AgentRegistered.UserId, Now.AddDays(-3)));
        var locked = AfterFailures(account, LockoutPolicy.MaxFailures);

        var outcome = SignInDecisions.Decide(new VerifyTwoFactor(42), account, locked, Now);

        outcome.Decision.ShouldRefuse("TwoFactorFailed", "Code");
        outcome.Credentials.ShouldBe(locked);
    }

    [Fact]
    public void A_code_for_an_account_without_a_second_factor_is_refused_storing_nothing()
    {
        var disabled = Agent(new TwoFactorEnabled(AgentRegistered.UserId, Now.AddDays(-3)), new StaffMemberDisabled(AgentRegistered.UserId, Now));

        CredentialsDecision[] outcomes =
        [
            SignInDecisions.Decide(new VerifyTwoFactor(42), Agent(), CredentialsOf(Agent()), Now),
            SignInDecisions.Decide(new VerifyTwoFactor(42), Guardian(), CredentialsOf(Guardian()), Now),
            SignInDecisions.Decide(new VerifyTwoFactor(42), disabled, CredentialsOf(disabled), Now),
            SignInDecisions.Decide(new VerifyTwoFactor(42), null, null, Now),
        ];

        outcomes.ShouldAllBe(o => o.Decision.Refusal == "TwoFactorFailed" && o.Decision.Field == "Code" && o.Credentials == null);
    }
}
