using Cantine.Accounts.Domain;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>At most three reset e-mails an hour per account (SPEC §2), so the form cannot be used to spam a parent.</summary>
public sealed class UserCredentialsResetRequestTests
{
    private static readonly DateTimeOffset T0 = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private static UserCredentials WithRequestsAt(params int[] minutesAfterT0)
    {
        var credentials = UserCredentials.New(Guid.NewGuid());
        foreach (var minutes in minutesAfterT0)
        {
            credentials.TryRecordResetRequest(T0.AddMinutes(minutes), out credentials).ShouldBeTrue();
        }

        return credentials;
    }

    [Fact]
    public void Allows_a_first_request_and_records_it()
    {
        var credentials = UserCredentials.New(Guid.NewGuid());

        credentials.TryRecordResetRequest(T0, out var updated).ShouldBeTrue();

        updated.RecentResetRequests.ShouldBe([T0]);
        credentials.RecentResetRequests.ShouldBeEmpty();
    }

    [Fact]
    public void Allows_three_requests_within_an_hour()
    {
        WithRequestsAt(0, 10, 20).RecentResetRequests.Count.ShouldBe(3);
    }

    [Fact]
    public void Refuses_a_fourth_request_within_the_hour()
    {
        var credentials = WithRequestsAt(0, 10, 20);

        credentials.TryRecordResetRequest(T0.AddMinutes(59), out var updated).ShouldBeFalse();

        updated.RecentResetRequests.Count.ShouldBe(3);
    }

    [Fact]
    public void Allows_a_request_again_once_the_oldest_is_an_hour_old()
    {
        var credentials = WithRequestsAt(0, 10, 20);

        credentials.TryRecordResetRequest(T0.AddMinutes(60), out var updated).ShouldBeTrue();

        updated.RecentResetRequests.ShouldBe([T0.AddMinutes(10), T0.AddMinutes(20), T0.AddMinutes(60)]);
    }

    [Fact]
    public void Does_not_count_refused_requests_so_a_parent_cannot_be_shut_out_for_good()
    {
        var credentials = WithRequestsAt(0, 10, 20);
        for (var minutes = 21; minutes < 60; minutes++)
        {
            credentials.TryRecordResetRequest(T0.AddMinutes(minutes), out credentials).ShouldBeFalse();
        }

        credentials.TryRecordResetRequest(T0.AddMinutes(60), out _).ShouldBeTrue();
    }

    [Fact]
    public void Forgets_requests_older_than_the_window()
    {
        var credentials = WithRequestsAt(0, 10, 20);

        credentials.TryRecordResetRequest(T0.AddHours(5), out var updated).ShouldBeTrue();

        updated.RecentResetRequests.ShouldBe([T0.AddHours(5)]);
    }

    [Fact]
    public void Allows_requests_while_the_account_is_locked_out()
    {
        var credentials = UserCredentials.New(Guid.NewGuid());
        for (var i = 0; i < LockoutPolicy.MaxFailures; i++)
        {
            credentials = credentials.WithFailedSignIn(T0);
        }

        credentials.IsLockedOut(T0).ShouldBeTrue();
        credentials.TryRecordResetRequest(T0, out _).ShouldBeTrue();
    }
}
