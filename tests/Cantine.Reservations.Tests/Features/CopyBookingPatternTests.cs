using Cantine.Reservations.Contracts.AddClosure;
using Cantine.Reservations.Contracts.CopyBookingPattern;
using Cantine.Reservations.Tests.Support;

namespace Cantine.Reservations.Tests.Features;

/// <summary>SPEC §3 helper: copy this period's pattern to the following periods, each under its own deadline.</summary>
public sealed class CopyBookingPatternTests(ReservationsApp app) : IClassFixture<ReservationsApp>
{
    private Task<Cantine.BuildingBlocks.Contracts.Results.Result<CopyPatternResultDto>> CopyAsync(Guid family, DateOnly from, DateOnly until) =>
        app.SendAsync(ReservationsApp.Lyon, s => s.Send(new CopyBookingPatternCommand(family, from, until)));

    private static IEnumerable<DateOnly> Booked(Contracts.GetBookingSheet.BookingSheetDto sheet) =>
        sheet.Children.SelectMany(c => c.Rows).SelectMany(r => r.Cells).Where(c => c.Booked).Select(c => c.Date);

    [Fact]
    public async Task Copies_the_week_days_onto_the_following_weeks_skipping_closed_days()
    {
        app.Clock.SetParisTime(new DateTime(2031, 10, 1, 12, 0, 0));
        var (family, children) = await app.FamilyAsync("Modèle", "Lola");
        (await app.SubmitAsync(family, [app.LunchOn(children[0], 3), app.LunchOn(children[0], 6)])).ShouldSucceed();
        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new AddClosureCommand("Pont", new DateOnly(2031, 11, 13), new DateOnly(2031, 11, 13), "ClosedDay"))))
            .ShouldSucceed();

        var result = (await CopyAsync(family, ReservationsApp.Week, new DateOnly(2031, 11, 23))).ShouldSucceed();

        result.FilledPeriods.ShouldBe([new DateOnly(2031, 11, 10), new DateOnly(2031, 11, 17)]);
        result.RefusedPeriods.ShouldBeEmpty();
        Booked(await app.SheetAsync(family, new DateOnly(2031, 11, 10))).ShouldBe([new DateOnly(2031, 11, 10)]);
        Booked(await app.SheetAsync(family, new DateOnly(2031, 11, 17))).ShouldBe([new DateOnly(2031, 11, 17), new DateOnly(2031, 11, 20)]);
        (await app.SheetAsync(family, new DateOnly(2031, 11, 17))).GrandTotalCents.ShouldBe(640);
    }

    [Fact]
    public async Task A_period_whose_deadline_passed_is_refused_and_the_later_ones_are_filled()
    {
        app.Clock.SetParisTime(new DateTime(2031, 10, 1, 12, 0, 0));
        var (family, children) = await app.FamilyAsync("Retard", "Malo");
        var source = new DateOnly(2031, 12, 1);
        (await app.SubmitAsync(family, [new(children[0], app.Lunch, source)], periodStart: source)).ShouldSucceed();
        app.Clock.SetParisTime(new DateTime(2031, 12, 5, 9, 0, 0));
        try
        {
            var result = (await CopyAsync(family, source, new DateOnly(2031, 12, 21))).ShouldSucceed();

            result.FilledPeriods.ShouldBe([new DateOnly(2031, 12, 15)]);
            var refused = result.RefusedPeriods.ShouldHaveSingleItem();
            refused.PeriodStart.ShouldBe(new DateOnly(2031, 12, 8));
            refused.Reason.ShouldBe("Date butoir passée (jeudi 4 décembre 2031 à 23:59).");
            (await app.EventCountAsync(family, new DateOnly(2031, 12, 8))).ShouldBe(0);
        }
        finally
        {
            app.Clock.SetParisTime(new DateTime(2031, 10, 1, 12, 0, 0));
        }
    }

    [Fact]
    public async Task A_period_where_the_other_home_holds_a_copied_day_is_refused_naming_the_conflict()
    {
        app.Clock.SetParisTime(new DateTime(2031, 10, 1, 12, 0, 0));
        var (home, children) = await app.FamilyAsync("Perrin", "Alice");
        var (otherHome, _) = await app.FamilyAsync("Blanc");
        var alice = children[0];
        await app.AttachAsync(alice, otherHome);
        var source = new DateOnly(2032, 1, 5);
        (await app.SubmitAsync(home, [new(alice, app.Lunch, source)], periodStart: source)).ShouldSucceed();
        (await app.SubmitAsync(otherHome, [new(alice, app.Lunch, new DateOnly(2032, 1, 12))], periodStart: new DateOnly(2032, 1, 12))).ShouldSucceed();

        var result = (await CopyAsync(home, source, new DateOnly(2032, 1, 25))).ShouldSucceed();

        result.FilledPeriods.ShouldBe([new DateOnly(2032, 1, 19)]);
        result.RefusedPeriods.ShouldHaveSingleItem().Reason
            .ShouldBe("Alice a déjà une réservation le lundi 12 janvier pour « 1er service », faite par son autre foyer. Rien n'a été enregistré.");
    }

    [Fact]
    public async Task Copying_a_period_without_bookings_is_refused()
    {
        var (family, _) = await app.FamilyAsync("Vide", "Paul");

        (await CopyAsync(family, ReservationsApp.Week, new DateOnly(2031, 11, 30))).ShouldBeRefused("Copy.Nothing");
    }
}
