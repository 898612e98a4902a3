using Cantine.Reservations.Domain;

namespace Cantine.Reservations.Tests.Domain;

public sealed class FrenchBankHolidaysTests
{
    [Theory]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2028, 4, 16)]
    [InlineData(2038, 4, 25)]
    public void Easter_sunday_is_computed(int year, int month, int day)
    {
        FrenchBankHolidays.EasterSunday(year).ShouldBe(new DateOnly(year, month, day));
    }

    [Fact]
    public void Easter_based_holidays_of_2026()
    {
        var holidays = FrenchBankHolidays.Of(2026).ToDictionary(h => h.Label, h => h.Date);

        holidays["Lundi de Pâques"].ShouldBe(new DateOnly(2026, 4, 6));
        holidays["Ascension"].ShouldBe(new DateOnly(2026, 5, 14));
        holidays["Lundi de Pentecôte"].ShouldBe(new DateOnly(2026, 5, 25));
        holidays.Count.ShouldBe(11);
    }

    [Fact]
    public void Two_school_years_from_september_to_august_hold_22_holidays()
    {
        var holidays = FrenchBankHolidays.OfCurrentAndNextSchoolYears(new DateOnly(2026, 11, 30));

        holidays.Count.ShouldBe(22);
        holidays[0].ShouldBe((new DateOnly(2026, 11, 1), "Toussaint"));
        holidays[^1].ShouldBe((new DateOnly(2028, 8, 15), "Assomption"));
    }

    [Fact]
    public void In_june_the_current_school_year_started_the_september_before()
    {
        var holidays = FrenchBankHolidays.OfCurrentAndNextSchoolYears(new DateOnly(2027, 6, 1));

        holidays[0].Date.ShouldBe(new DateOnly(2026, 11, 1));
        holidays[^1].Date.ShouldBe(new DateOnly(2028, 8, 15));
    }
}
