using Cantine.Host.Pages.Reservations;
using Cantine.Reservations.Contracts;

namespace Cantine.Host.Tests.Reservations;

/// <summary>The booking page offers to reload on Reservations' stale-version code, and on nothing else (issue #11).</summary>
public sealed class StaleVersionCodeTests
{
    [Fact]
    public void The_contracts_stale_version_code_asks_the_parent_to_reload()
    {
        IndexModel.IsStaleVersion(ReservationsErrors.StaleVersion).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Bookings.Late")]
    [InlineData("Bookings.VersionMissing")]
    [InlineData("Marten.ConcurrencyException")]
    [InlineData("stale")]
    [InlineData("BOOKINGS.STALE")]
    public void Another_code_even_one_that_looks_alike_does_not(string code)
    {
        IndexModel.IsStaleVersion(code).ShouldBeFalse();
    }
}
