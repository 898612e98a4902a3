using Cantine.Reservations.Domain;
using static Cantine.Reservations.Tests.Domain.Given;

namespace Cantine.Reservations.Tests.Domain;

public sealed class HeadcountsTests
{
    private static FamilyBookings Sheet(Guid family, params BookedCell[] cells) =>
        new(Guid.NewGuid(), family, PeriodKind.Week, Week, Week.AddDays(6), cells, [], 2);

    [Fact]
    public void Counts_per_day_service_school_and_class()
    {
        var calendar = Calendar();
        var children = new[] { EmmaOfBothHomes(), HugoOfMartin(), new ReservationChild(Guid.NewGuid(), [Stranger], "Léa", "Petit", "École Jules Ferry", "CP", [FirstService]) }
            .ToDictionary(c => c.Id);
        var lea = children.Values.Single(c => c.FirstName == "Léa").Id;
        var services = new[] { Lunch(), Evening() }.ToDictionary(s => s.Id);

        var rows = Headcounts.Count(calendar, calendar.PeriodContaining(Week),
            [Sheet(Martin, Cell(Emma, FirstService, 2), Cell(Hugo, FirstService, 2)), Sheet(Stranger, Cell(lea, FirstService, 2), Cell(lea, FirstService, 3))],
            children, services);

        rows.ShouldBe(
        [
            new HeadcountRow(new DateOnly(2026, 11, 2), FirstService, "1er service", "École Jules Ferry", "CM2", 1),
            new HeadcountRow(new DateOnly(2026, 11, 2), FirstService, "1er service", "École Jules Ferry", "CP", 2),
            new HeadcountRow(new DateOnly(2026, 11, 3), FirstService, "1er service", "École Jules Ferry", "CP", 1),
        ]);
    }

    [Fact]
    public void A_closed_day_counts_no_meal()
    {
        var strike = new Closure(Guid.NewGuid(), "Grève", new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 2), ClosureKind.ClosedDay);
        var calendar = Calendar(PeriodKind.Week, strike);
        var children = new[] { EmmaOfBothHomes() }.ToDictionary(c => c.Id);

        var rows = Headcounts.Count(calendar, calendar.PeriodContaining(Week), [Sheet(Martin, Cell(Emma, FirstService, 2))], children, new[] { Lunch() }.ToDictionary(s => s.Id));

        rows.ShouldBeEmpty();
    }
}
