using Cantine.Accounts.Domain;

namespace Cantine.Accounts.Tests.Domain;

public sealed class PasswordResetTokenTests
{
    private static readonly DateTimeOffset Issued = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private static PasswordResetToken Fresh() =>
        new(Guid.NewGuid(), Guid.NewGuid(), Issued + LockoutPolicy.ResetLinkLifetime, null);

    [Fact]
    public void Can_be_used_right_after_it_was_issued()
    {
        Fresh().IsUsable(Issued).ShouldBeTrue();
    }

    [Fact]
    public void Can_be_used_until_just_before_it_expires()
    {
        Fresh().IsUsable(Issued.AddMinutes(59).AddSeconds(59)).ShouldBeTrue();
    }

    [Fact]
    public void Cannot_be_used_once_it_has_expired()
    {
        var token = Fresh();

        token.IsUsable(token.ExpiresAt).ShouldBeFalse();
        token.IsUsable(token.ExpiresAt.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void Cannot_be_used_twice()
    {
        var used = Fresh() with { UsedAt = Issued.AddMinutes(5) };

        used.IsUsable(Issued.AddMinutes(6)).ShouldBeFalse();
    }

    [Fact]
    public void Compares_instants_not_clock_readings_in_another_offset()
    {
        var token = Fresh();
        var parisJustBefore = token.ExpiresAt.AddSeconds(-1).ToOffset(TimeSpan.FromHours(2));

        token.IsUsable(parisJustBefore).ShouldBeTrue();
    }
}
