using Cantine.Accounts.Domain;
using Cantine.Testing.Decisions;
using static Cantine.Accounts.Tests.Domain.AccountHistories;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>Given an account, its credentials and the structure's policy, when a password is chosen, then these events or this refusal.</summary>
public sealed class PasswordDecisionsTests
{
    private const string Good = "une soupe de potiron bien chaude";

    private static readonly ChangePassword Change = new(OldPasswordMatched: true, Good, Good);

    [Fact]
    public void Changes_the_password_when_the_old_one_matches()
    {
        var credentials = CredentialsOf(Guardian());

        var outcome = PasswordDecisions.Decide(Change, Guardian(), Town, credentials, Now);

        outcome.Decision.ShouldAppend(new PasswordChanged(ParentRegistered.UserId, Now, PasswordChangeReason.ChangedByUser));
        outcome.Credentials.ShouldBe(credentials);
    }

    [Fact]
    public void A_wrong_old_password_is_refused_and_counted_towards_the_lockout()
    {
        var outcome = PasswordDecisions.Decide(Change with { OldPasswordMatched = false }, Guardian(), Town, CredentialsOf(Guardian()), Now);

        outcome.Decision.ShouldRefuse("OldPasswordWrong", "OldPassword");
        outcome.Credentials!.FailedAttempts.ShouldBe(1);
    }

    [Fact]
    public void While_locked_even_the_right_old_password_is_refused_and_the_credentials_are_stored_as_read()
    {
        var locked = CredentialsOf(Guardian()) with { LockedUntil = Now.AddMinutes(5) };

        var outcome = PasswordDecisions.Decide(Change, Guardian(), Town, locked, Now);

        outcome.Decision.ShouldRefuse("OldPasswordWrong", "OldPassword");
        outcome.Credentials.ShouldBe(locked);
    }

    [Fact]
    public void Refuses_a_new_password_against_the_policy_with_every_problem_and_stores_nothing()
    {
        var outcome = PasswordDecisions.Decide(Change with { NewPassword = "court", Confirmation = "autre" }, Guardian(), Town, CredentialsOf(Guardian()), Now);

        outcome.Decision.ShouldRefuse(PasswordDecisions.PasswordRefused);
        outcome.Decision.Args.ShouldBe([PasswordProblem.TooShort, PasswordProblem.ConfirmationMismatch], ignoreOrder: true);
        outcome.Credentials.ShouldBeNull();
    }

    [Fact]
    public void Refuses_to_change_the_password_of_no_account()
    {
        PasswordDecisions.Decide(Change, null, Town, null, Now).Decision.ShouldRefuse("AccountNotFound");
        PasswordDecisions.Decide(Change, Guardian(), null, CredentialsOf(Guardian()), Now).Decision.ShouldRefuse("AccountNotFound");
    }

    [Fact]
    public void A_password_chosen_from_a_link_is_recorded_as_such()
    {
        PasswordDecisions.Decide(new ResetPassword(Good, Good), Guardian(), Town, Now)
            .ShouldAppend(new PasswordChanged(ParentRegistered.UserId, Now, PasswordChangeReason.ChosenFromLink));
    }

    [Fact]
    public void Refuses_a_password_from_a_link_that_contains_the_login()
    {
        var decision = PasswordDecisions.Decide(new ResetPassword("jean.dupont-2030-cantine", "jean.dupont-2030-cantine"), Guardian(), Town, Now);

        decision.ShouldRefuse(PasswordDecisions.PasswordRefused);
        decision.Args.ShouldContain(PasswordProblem.ContainsLogin);
    }

    [Fact]
    public void An_operator_sets_a_guardians_password_and_a_secret_given_with_it_is_ignored()
    {
        var credentials = CredentialsOf(Guardian());

        var outcome = PasswordDecisions.Decide(new SetPassword(Good, "protected"), Guardian(), Town, credentials, Now);

        outcome.Decision.ShouldAppend(new PasswordChanged(ParentRegistered.UserId, Now, PasswordChangeReason.SetByOperator));
        outcome.Credentials.ShouldBe(credentials);
    }

    [Fact]
    public void An_operator_sets_a_staff_members_password_and_second_factor_at_once()
    {
        var credentials = CredentialsOf(Agent()) with { PendingProtectedTotpSecret = "pending" };

        var outcome = PasswordDecisions.Decide(new SetPassword(Good, "protected"), Agent(), Town, credentials, Now);

        outcome.Decision.ShouldAppend(
            new PasswordChanged(AgentRegistered.UserId, Now, PasswordChangeReason.SetByOperator), new TwoFactorEnabled(AgentRegistered.UserId, Now));
        outcome.Credentials!.ProtectedTotpSecret.ShouldBe("protected");
        outcome.Credentials.PendingProtectedTotpSecret.ShouldBeNull();
    }

    [Fact]
    public void An_operators_password_follows_the_policy_too()
    {
        var outcome = PasswordDecisions.Decide(new SetPassword("court", null), Agent(), Town, CredentialsOf(Agent()), Now);

        outcome.Decision.ShouldRefuse(PasswordDecisions.PasswordRefused);
        outcome.Decision.Args.ShouldBe([PasswordProblem.TooShort]);
        PasswordDecisions.Decide(new SetPassword(Good, null), null, Town, null, Now).Decision.ShouldRefuse("AccountNotFound");
    }
}
