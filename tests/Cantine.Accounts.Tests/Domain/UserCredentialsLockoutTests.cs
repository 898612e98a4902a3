using Cantine.Accounts.Domain;

namespace Cantine.Accounts.Tests.Domain;

public sealed class UserCredentialsLockoutTests
{
    private static readonly DateTimeOffset Now = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private static UserCredentials AfterFailures(int count, UserCredentials? start = null)
    {
        var credentials = start ?? UserCredentials.New(Guid.NewGuid());
        for (var i = 0; i < count; i++)
        {
            credentials = credentials.WithFailedSignIn(Now);
        }

        return credentials;
    }

    [Fact]
    public void Starts_with_no_password_no_failure_and_no_lock()
    {
        var id = Guid.NewGuid();

        var credentials = UserCredentials.New(id);

        credentials.Id.ShouldBe(id);
        credentials.PasswordHash.ShouldBeNull();
        credentials.FailedAttempts.ShouldBe(0);
        credentials.LockedUntil.ShouldBeNull();
        credentials.IsLockedOut(Now).ShouldBeFalse();
        credentials.RecentResetRequests.ShouldBeEmpty();
        credentials.SecurityStamp.ShouldMatch("^[0-9a-f]{32}$");
    }

    [Fact]
    public void Gives_each_new_account_its_own_security_stamp()
    {
        UserCredentials.New(Guid.NewGuid()).SecurityStamp.ShouldNotBe(UserCredentials.New(Guid.NewGuid()).SecurityStamp);
    }

    [Fact]
    public void Counts_failures_without_locking_before_the_tenth()
    {
        var credentials = AfterFailures(LockoutPolicy.MaxFailures - 1);

        credentials.FailedAttempts.ShouldBe(9);
        credentials.LockedUntil.ShouldBeNull();
        credentials.IsLockedOut(Now).ShouldBeFalse();
    }

    [Fact]
    public void Locks_the_account_for_fifteen_minutes_at_the_tenth_failure_in_a_row()
    {
        var credentials = AfterFailures(LockoutPolicy.MaxFailures);

        credentials.LockedUntil.ShouldBe(Now + TimeSpan.FromMinutes(15));
        credentials.IsLockedOut(Now).ShouldBeTrue();
        credentials.IsLockedOut(Now.AddMinutes(14).AddSeconds(59)).ShouldBeTrue();
    }

    [Fact]
    public void Unlocks_by_itself_when_the_fifteen_minutes_are_over()
    {
        var credentials = AfterFailures(LockoutPolicy.MaxFailures);

        credentials.IsLockedOut(Now.AddMinutes(15)).ShouldBeFalse();
        credentials.IsLockedOut(Now.AddHours(3)).ShouldBeFalse();
    }

    [Fact]
    public void Counts_again_from_zero_after_a_lockout()
    {
        var locked = AfterFailures(LockoutPolicy.MaxFailures);

        locked.FailedAttempts.ShouldBe(0);
        var again = AfterFailures(LockoutPolicy.MaxFailures - 1, locked);
        again.FailedAttempts.ShouldBe(9);
        again.LockedUntil.ShouldBe(locked.LockedUntil);
    }

    [Fact]
    public void Forgets_earlier_failures_after_a_successful_sign_in()
    {
        var credentials = AfterFailures(9).WithSuccessfulSignIn();

        credentials.FailedAttempts.ShouldBe(0);
        credentials.WithFailedSignIn(Now).IsLockedOut(Now).ShouldBeFalse();
    }

    [Fact]
    public void A_successful_sign_in_clears_an_expired_lock()
    {
        var credentials = AfterFailures(LockoutPolicy.MaxFailures).WithSuccessfulSignIn();

        credentials.LockedUntil.ShouldBeNull();
        credentials.FailedAttempts.ShouldBe(0);
    }

    [Fact]
    public void A_new_password_lifts_the_lock_so_a_reset_link_gets_a_locked_parent_back_in()
    {
        var locked = AfterFailures(LockoutPolicy.MaxFailures);

        var credentials = locked.WithPassword("hash");

        credentials.PasswordHash.ShouldBe("hash");
        credentials.IsLockedOut(Now).ShouldBeFalse();
        credentials.FailedAttempts.ShouldBe(0);
    }

    [Fact]
    public void A_new_password_changes_the_security_stamp_to_end_other_sessions()
    {
        var before = UserCredentials.New(Guid.NewGuid());

        before.WithPassword("hash").SecurityStamp.ShouldNotBe(before.SecurityStamp);
    }

    [Fact]
    public void Forgets_failures_when_the_next_one_comes_more_than_an_hour_later()
    {
        var credentials = AfterFailures(LockoutPolicy.MaxFailures - 1);

        var later = credentials.WithFailedSignIn(Now + LockoutPolicy.FailureWindow + TimeSpan.FromSeconds(1));

        later.FailedAttempts.ShouldBe(1);
        later.LockedUntil.ShouldBeNull();
    }

    [Fact]
    public void Counts_failures_in_a_row_while_each_comes_within_the_hour_of_the_previous_one()
    {
        var credentials = UserCredentials.New(Guid.NewGuid());
        for (var i = 0; i < LockoutPolicy.MaxFailures; i++)
        {
            credentials = credentials.WithFailedSignIn(Now + TimeSpan.FromMinutes(50 * i));
        }

        credentials.IsLockedOut(Now + TimeSpan.FromMinutes(50 * (LockoutPolicy.MaxFailures - 1))).ShouldBeTrue();
    }

    [Fact]
    public void Never_changes_the_credentials_it_starts_from()
    {
        var before = UserCredentials.New(Guid.NewGuid());

        _ = AfterFailures(LockoutPolicy.MaxFailures, before);

        before.FailedAttempts.ShouldBe(0);
        before.LockedUntil.ShouldBeNull();
    }
}
