using Cantine.Accounts.Domain;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>SPEC §2 / ADR 0005: the limits the lockout and the reset e-mails rely on.</summary>
public sealed class LockoutPolicyTests
{
    [Fact]
    public void Locks_an_account_after_ten_failures_in_a_row()
    {
        LockoutPolicy.MaxFailures.ShouldBe(10);
    }

    [Fact]
    public void Locks_for_a_quarter_of_an_hour_only()
    {
        LockoutPolicy.LockoutDuration.ShouldBe(TimeSpan.FromMinutes(15));
    }

    [Fact]
    public void Counts_failures_as_in_a_row_when_they_are_less_than_an_hour_apart()
    {
        LockoutPolicy.FailureWindow.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Sends_at_most_three_reset_emails_an_hour()
    {
        LockoutPolicy.MaxResetEmailsPerWindow.ShouldBe(3);
        LockoutPolicy.ResetWindow.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Keeps_a_reset_link_usable_for_an_hour()
    {
        LockoutPolicy.ResetLinkLifetime.ShouldBe(TimeSpan.FromHours(1));
    }
}
