using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;

namespace Cantine.Reservations.Tests.Domain;

/// <summary>The strings the contracts carry for period kinds, billing bases and closure kinds are matched exactly.</summary>
public sealed class ContractNamesTests
{
    [Theory]
    [InlineData("Week", true)]
    [InlineData("Month", true)]
    [InlineData("week", false)]
    [InlineData("1", false)]
    [InlineData("Week, Month", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Period_kinds(string? value, bool accepted)
    {
        Names.IsPeriodKind(value).ShouldBe(accepted);
    }

    [Fact]
    public void Billing_bases_and_closure_kinds()
    {
        Names.TryBillingBasis("Attendance", out var basis).ShouldBeTrue();
        basis.ShouldBe(BillingBasis.Attendance);
        Names.IsBillingBasis("Gratuit").ShouldBeFalse();
        Names.TryClosureKind("SchoolHoliday", out var kind).ShouldBeTrue();
        kind.ShouldBe(ClosureKind.SchoolHoliday);
        Names.IsClosureKind("Holidays").ShouldBeFalse();
    }
}
