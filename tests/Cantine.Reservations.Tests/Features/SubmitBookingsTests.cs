using Cantine.Reservations.Contracts;
using Cantine.Reservations.Contracts.SubmitBookings;
using Cantine.Reservations.Tests.Support;

namespace Cantine.Reservations.Tests.Features;

/// <summary>`Valider` (manual §3.1): all at once or nothing, on time, idempotent, without lost updates.</summary>
public sealed class SubmitBookingsTests(ReservationsApp app) : IClassFixture<ReservationsApp>
{
    [Fact]
    public async Task Books_the_ticked_days_and_the_sheet_shows_them_with_totals_to_the_cent()
    {
        var (family, children) = await app.FamilyAsync("Baconnais", "Fanny", "Paul");
        var (fanny, paul) = (children[0], children[1]);

        var saved = (await app.SubmitAsync(family, [app.LunchOn(fanny, 4), app.LunchOn(fanny, 6), app.LunchOn(paul, 7)])).ShouldSucceed();

        saved.ShouldBe(new BookingsSavedDto(3, 0, 960));
        var sheet = await app.SheetAsync(family);
        sheet.PeriodStart.ShouldBe(ReservationsApp.Week);
        sheet.Deadline.ShouldBe(ReservationsApp.WeekDeadline);
        sheet.IsOpen.ShouldBeTrue();
        sheet.Days.ShouldBe([new DateOnly(2031, 11, 3), new DateOnly(2031, 11, 4), new DateOnly(2031, 11, 6), new DateOnly(2031, 11, 7)]);
        var row = sheet.Children.Single(c => c.ChildId == fanny).Rows.ShouldHaveSingleItem();
        row.ServiceName.ShouldBe("1er service");
        row.Cells.Select(c => c.Booked).ShouldBe([false, true, true, false]);
        row.Cells.ShouldAllBe(c => c.Bookable);
        (row.Quantity, row.UnitPriceCents, row.TotalCents).ShouldBe((2, 320, 640));
        sheet.Children.Single(c => c.ChildId == paul).TotalCents.ShouldBe(320);
        sheet.GrandTotalCents.ShouldBe(960);
    }

    [Fact]
    public async Task Unticking_cancels_and_the_version_moves()
    {
        var (family, children) = await app.FamilyAsync("Colin", "Léo");
        (await app.SubmitAsync(family, [app.LunchOn(children[0], 3), app.LunchOn(children[0], 4)])).ShouldSucceed();
        var before = await app.SheetAsync(family);

        var saved = (await app.SubmitAsync(family, [app.LunchOn(children[0], 4)])).ShouldSucceed();

        saved.ShouldBe(new BookingsSavedDto(0, 1, 320));
        (await app.SheetAsync(family)).Version.ShouldNotBe(before.Version);
    }

    [Fact]
    public async Task A_late_submission_is_refused_and_nothing_is_written()
    {
        var (family, children) = await app.FamilyAsync("Tardif", "Nina");
        var sheet = await app.SheetAsync(family);
        app.Clock.Set(ReservationsApp.WeekDeadline.AddSeconds(1));
        try
        {
            var result = await app.SubmitAsync(family, [app.LunchOn(children[0], 3)], sheet.Version);

            var error = result.ShouldBeRefused("Bookings.Late");
            error.Message.ShouldBe("La date butoir de cette période (jeudi 30 octobre 2031 à 23:59) est passée : les réservations ne peuvent plus être modifiées. Rien n'a été enregistré.");
            (await app.EventCountAsync(family)).ShouldBe(0);
            var after = await app.SheetAsync(family);
            after.IsOpen.ShouldBeFalse();
            after.Children.Single().Rows.Single().Cells.ShouldAllBe(c => !c.Booked && !c.Bookable);
        }
        finally
        {
            app.Clock.SetParisTime(new DateTime(2031, 10, 1, 12, 0, 0));
        }
    }

    [Fact]
    public async Task A_submission_one_second_before_the_deadline_is_saved()
    {
        var (family, children) = await app.FamilyAsync("Pile", "Lou");
        var version = (await app.SheetAsync(family)).Version;
        app.Clock.Set(ReservationsApp.WeekDeadline.AddSeconds(-1));
        try
        {
            (await app.SubmitAsync(family, [app.LunchOn(children[0], 3)], version)).ShouldSucceed();
        }
        finally
        {
            app.Clock.SetParisTime(new DateTime(2031, 10, 1, 12, 0, 0));
        }
    }

    [Fact]
    public async Task Refuses_a_child_of_another_family_and_writes_nothing()
    {
        var (family, children) = await app.FamilyAsync("Honnête", "Zoé");
        var (_, others) = await app.FamilyAsync("Voisin", "Tom");

        var result = await app.SubmitAsync(family, [app.LunchOn(children[0], 3), app.LunchOn(others[0], 3)]);

        result.ShouldBeRefused("Bookings.ChildNotInFamily");
        (await app.EventCountAsync(family)).ShouldBe(0);
    }

    [Fact]
    public async Task Refuses_a_service_the_child_is_not_enrolled_in_a_service_parents_cannot_book_and_a_closed_day()
    {
        var (family, children) = await app.FamilyAsync("Règles", "Max");
        var max = children[0];

        (await app.SubmitAsync(family, [new BookingCellInput(max, app.EveningCare, new DateOnly(2031, 11, 3))]))
            .ShouldBeRefused("Bookings.NotEnrolled").Message.ShouldBe("Max n'a pas d'inscription à la prestation « Garderie soir ». Rien n'a été enregistré.");
        (await app.SubmitAsync(family, [app.LunchOn(max, 5)]))
            .ShouldBeRefused("Bookings.ClosedDay").Message.ShouldBe("Le mercredi 5 novembre est un jour de fermeture : il ne peut pas être réservé. Rien n'a été enregistré.");
        (await app.EventCountAsync(family)).ShouldBe(0);
    }

    [Fact]
    public async Task The_same_form_sent_twice_changes_things_once()
    {
        var (family, children) = await app.FamilyAsync("Double", "Ana");
        var version = (await app.SheetAsync(family)).Version;
        var submission = Guid.NewGuid();
        BookingCellInput[] ticked = [app.LunchOn(children[0], 3), app.LunchOn(children[0], 4)];

        var first = (await app.SubmitAsync(family, ticked, version, submission)).ShouldSucceed();
        var second = (await app.SubmitAsync(family, ticked, version, submission)).ShouldSucceed();

        second.ShouldBe(first);
        (await app.EventCountAsync(family)).ShouldBe(2);
    }

    [Fact]
    public async Task Twenty_concurrent_identical_submissions_produce_exactly_one_change()
    {
        var (family, children) = await app.FamilyAsync("Frénétique", "Noé");
        var version = (await app.SheetAsync(family)).Version;
        var submission = Guid.NewGuid();
        BookingCellInput[] ticked = [app.LunchOn(children[0], 3), app.LunchOn(children[0], 6)];
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(0, 20).Select(async _ =>
        {
            await gate.Task;
            return await app.SubmitAsync(family, ticked, version, submission);
        }).ToList();

        gate.SetResult();
        var results = await Task.WhenAll(calls);

        results.ShouldAllBe(r => r.IsSuccess);
        results.ShouldAllBe(r => r.Value == new BookingsSavedDto(2, 0, 640));
        (await app.EventCountAsync(family)).ShouldBe(2);
        (await app.SheetAsync(family)).GrandTotalCents.ShouldBe(640);
    }

    [Fact]
    public async Task Two_tabs_with_different_changes_the_second_is_told_to_reload_and_no_update_is_lost()
    {
        var (family, children) = await app.FamilyAsync("Onglets", "Mia");
        var shown = (await app.SheetAsync(family)).Version;

        (await app.SubmitAsync(family, [app.LunchOn(children[0], 3)], shown)).ShouldSucceed();
        var second = await app.SubmitAsync(family, [app.LunchOn(children[0], 7)], shown);

        second.ShouldBeRefused(ReservationsErrors.StaleVersion, "Version").Message.ShouldContain("Rechargez la page");
        var sheet = await app.SheetAsync(family);
        sheet.Children.Single().Rows.Single().Cells.Where(c => c.Booked).Select(c => c.Date).ShouldBe([new DateOnly(2031, 11, 3)]);
    }

    [Fact]
    public async Task Two_tabs_sent_at_the_same_moment_one_wins_and_the_other_is_told_to_reload()
    {
        var (family, children) = await app.FamilyAsync("Course", "Eva");
        var shown = (await app.SheetAsync(family)).Version;

        var results = await Task.WhenAll(
            Task.Run(() => app.SubmitAsync(family, [app.LunchOn(children[0], 3)], shown)),
            Task.Run(() => app.SubmitAsync(family, [app.LunchOn(children[0], 7)], shown)));

        results.Count(r => r.IsSuccess).ShouldBe(1);
        results.Single(r => !r.IsSuccess).ShouldBeRefused(ReservationsErrors.StaleVersion);
        (await app.EventCountAsync(family)).ShouldBe(2);
    }

    [Fact]
    public async Task Separated_parents_each_book_the_child_but_not_the_same_day_and_service()
    {
        var (home, children) = await app.FamilyAsync("Martin", "Emma");
        var (otherHome, _) = await app.FamilyAsync("Leroy");
        var emma = children[0];
        await app.AttachAsync(emma, otherHome);

        (await app.SubmitAsync(home, [app.LunchOn(emma, 3), app.LunchOn(emma, 4)])).ShouldSucceed();
        var conflict = await app.SubmitAsync(otherHome, [app.LunchOn(emma, 3), app.LunchOn(emma, 6)]);
        var otherDays = await app.SubmitAsync(otherHome, [app.LunchOn(emma, 6), app.LunchOn(emma, 7)]);

        conflict.ShouldBeRefused("Bookings.HeldByOtherFamily").Message
            .ShouldBe("Emma a déjà une réservation le lundi 3 novembre pour « 1er service », faite par son autre foyer. Rien n'a été enregistré.");
        otherDays.ShouldSucceed();
        var cells = (await app.SheetAsync(otherHome)).Children.Single().Rows.Single().Cells;
        cells.Select(c => (c.Booked, c.Bookable, c.HeldByOtherFamily)).ShouldBe([(false, false, true), (false, false, true), (true, true, false), (true, true, false)]);
    }

    [Fact]
    public async Task Two_homes_racing_for_the_same_day_one_gets_it_and_the_other_is_refused()
    {
        var (home, children) = await app.FamilyAsync("Garnier", "Jules");
        var (otherHome, _) = await app.FamilyAsync("Faure");
        var jules = children[0];
        await app.AttachAsync(jules, otherHome);
        var (homeVersion, otherVersion) = ((await app.SheetAsync(home)).Version, (await app.SheetAsync(otherHome)).Version);

        var results = await Task.WhenAll(
            Task.Run(() => app.SubmitAsync(home, [app.LunchOn(jules, 6)], homeVersion)),
            Task.Run(() => app.SubmitAsync(otherHome, [app.LunchOn(jules, 6)], otherVersion)));

        results.Count(r => r.IsSuccess).ShouldBe(1);
        results.Single(r => !r.IsSuccess).ShouldBeRefused("Bookings.HeldByOtherFamily");
    }

    [Fact]
    public async Task Without_a_day_parents_land_on_the_first_period_they_can_still_book_and_staff_on_today()
    {
        var (family, _) = await app.FamilyAsync("Accueil", "Léna");
        app.Clock.SetParisTime(new DateTime(2031, 10, 1, 12, 0, 0));

        var parents = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new Contracts.GetBookingSheet.GetBookingSheetQuery(family, null)));
        var staff = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new Contracts.GetBookingSheet.GetBookingSheetQuery(family, null, ForStaff: true)));

        // Wednesday 1 October: this week's deadline (Thursday 25 September) has passed, next week's (Thursday 2 October) has not.
        parents!.PeriodStart.ShouldBe(new DateOnly(2031, 10, 6));
        parents.IsOpen.ShouldBeTrue();
        (parents.PreviousPeriodStart, parents.NextPeriodStart).ShouldBe((new DateOnly(2031, 9, 29), new DateOnly(2031, 10, 13)));
        staff!.PeriodStart.ShouldBe(new DateOnly(2031, 9, 29));
    }

    [Fact]
    public async Task Refuses_a_form_without_submission_id_or_version_by_shape()
    {
        var (family, children) = await app.FamilyAsync("Forme", "Axel");

        var result = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new SubmitBookingsCommand(
            family, ReservationsApp.Week, [app.LunchOn(children[0], 3)], null!, Guid.Empty)));

        result.IsSuccess.ShouldBeFalse();
        result.Errors.Select(e => e.Field).ShouldBe(["SubmissionId", "Version"], ignoreOrder: true);
        (await app.EventCountAsync(family)).ShouldBe(0);
    }
}
