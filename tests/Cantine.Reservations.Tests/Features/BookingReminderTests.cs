using Cantine.Accounts.Contracts.RegisterFamily;
using Cantine.Accounts.Contracts.RegisterGuardian;
using Cantine.Messaging.Contracts.EmailPreferences;
using Cantine.Reservations.Contracts.ChangeBookingCalendar;
using Cantine.Reservations.Contracts.IntegrationEvents;
using Cantine.Reservations.Contracts.SubmitBookings;
using Cantine.Reservations.Jobs;
using Cantine.Reservations.Tests.Support;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Wolverine.Tracking;

namespace Cantine.Reservations.Tests.Features;

/// <summary>
/// The reminder job (`reservations:remind-unbooked-families`, ADR 0033): families with a child to book and nothing booked
/// are e-mailed from 08:00 two days before the deadline's day, once, caught up after downtime, never after the deadline.
/// Lyon's weeks close on the Thursday before at 23:59. Each test works on its own week: a period is reminded once.
/// </summary>
public sealed class BookingReminderTests(ReservationsApp app) : IClassFixture<ReservationsApp>
{
    private sealed record Parent(Guid FamilyId, Guid GuardianId, string Email, Guid ChildId);

    private static BookingCellInput Lunch(ReservationsApp app, Guid child, DateOnly day) => new(child, app.Lunch, day);

    private async Task<Parent> ParentAsync(string name, string? child)
    {
        var familyId = ReservationsApp.Ok(await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new RegisterFamilyCommand(name))));
        var email = $"{name.ToLowerInvariant()}-{Guid.NewGuid():N}@familles.test";
        var (guardian, _) = await app.SendTrackedAsync(ReservationsApp.Lyon, s => s.Send(new RegisterGuardianCommand(familyId, "Mme", "Claire", name, email, "")));
        var childId = child is null ? Guid.Empty : await app.ChildAsync(familyId, child, name);
        return new Parent(familyId, ReservationsApp.Ok(guardian!).UserId, email, childId);
    }

    private Task<ITrackedSession> RunJobAsync() => app.TrackAsync(async () =>
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RemindUnbookedFamiliesJob>().RunAsync(CancellationToken.None);
    });

    private IReadOnlyList<MimeMessage> RemindersTo(Parent parent) =>
        [.. app.EmailsTo(parent.Email).Where(m => m.Subject?.StartsWith("Rappel : rien n'est réservé", StringComparison.Ordinal) == true)];

    [Fact]
    public async Task Reminds_once_from_8_oclock_two_days_before_the_deadline_with_a_link_to_the_period()
    {
        var week = new DateOnly(2032, 1, 12);
        app.Clock.SetParisTime(new DateTime(2032, 1, 1, 12, 0, 0));
        var parent = await ParentAsync("Rappel", "Zoé");

        app.Clock.SetParisTime(new DateTime(2032, 1, 6, 7, 59, 59));
        await RunJobAsync();
        var tooEarly = RemindersTo(parent).Count;
        app.Clock.SetParisTime(new DateTime(2032, 1, 6, 8, 0, 0));
        var first = await RunJobAsync();
        await RunJobAsync();

        tooEarly.ShouldBe(0);
        var due = first.Sent.MessagesOf<BookingReminderDueIntegrationEvent>().Single(e => e.FamilyId == parent.FamilyId);
        due.ChildFirstNames.ShouldBe(["Zoé"]);
        IReadOnlyList<string> none = [];
        (due with { ChildFirstNames = none }).ShouldBe(new BookingReminderDueIntegrationEvent(
            ReservationsApp.Lyon, parent.FamilyId, "Week", week, week.AddDays(6), new DateTimeOffset(2032, 1, 8, 23, 59, 0, TimeSpan.FromHours(1)), none));
        var email = RemindersTo(parent).ShouldHaveSingleItem();
        email.Subject.ShouldBe("Rappel : rien n'est réservé pour la semaine du lundi 12 janvier 2032");
        email.TextBody.ShouldNotBeNull().ShouldContain("Rien n'est encore réservé pour Zoé pour la semaine du lundi 12 janvier 2032.");
        email.TextBody.ShouldNotBeNull().ShouldContain("ouvertes jusqu'au jeudi 8 janvier 2032 à 23 h 59");
        email.TextBody.ShouldNotBeNull().ShouldContain("/lyon/reservations?jour=2032-01-12");
        email.TextBody.ShouldNotBeNull().ShouldContain("/lyon/mes-preferences");
        email.HtmlBody.ShouldNotBeNull().ShouldContain("/lyon/mes-preferences");
        email.Headers["List-Unsubscribe"].ShouldNotBeNull().ShouldContain("/lyon/desabonnement?jeton=");
        email.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
    }

    [Fact]
    public async Task Families_who_booked_are_not_reminded_nor_of_a_child_its_other_home_booked()
    {
        var week = new DateOnly(2032, 2, 9);
        app.Clock.SetParisTime(new DateTime(2032, 2, 1, 12, 0, 0));
        var booked = await ParentAsync("Prevoyant", "Anna");
        var sharedOnly = await ParentAsync("Papa", null);
        await app.AttachAsync(booked.ChildId, sharedOnly.FamilyId);
        var dina = await app.ChildAsync(booked.FamilyId, "Dina", "Prevoyant");
        var withOwnChild = await ParentAsync("Recomposee", "Basile");
        await app.AttachAsync(dina, withOwnChild.FamilyId);
        var unbooked = await ParentAsync("Oublieux", "Cyril");
        (await app.SubmitAsync(booked.FamilyId, [Lunch(app, booked.ChildId, week), Lunch(app, dina, week.AddDays(1))], periodStart: week)).ShouldSucceed();

        app.Clock.SetParisTime(new DateTime(2032, 2, 3, 9, 0, 0));
        await RunJobAsync();

        RemindersTo(booked).ShouldBeEmpty();
        RemindersTo(sharedOnly).ShouldBeEmpty(); // Anna is with her other home that week
        // Dina is with her other home too, but Basile has nothing booked: his family is reminded of him only.
        RemindersTo(withOwnChild).ShouldHaveSingleItem().TextBody.ShouldNotBeNull().ShouldContain("Rien n'est encore réservé pour Basile pour la semaine du lundi 9 février 2032.");
        RemindersTo(unbooked).ShouldHaveSingleItem().TextBody.ShouldNotBeNull().ShouldContain("Rien n'est encore réservé pour Cyril pour");
    }

    [Fact]
    public async Task Nothing_is_sent_once_the_deadline_has_passed_even_if_the_job_never_ran_before()
    {
        app.Clock.SetParisTime(new DateTime(2032, 3, 1, 12, 0, 0));
        var parent = await ParentAsync("Tardif", "Diane");

        app.Clock.SetParisTime(new DateTime(2032, 3, 4, 23, 59, 1));
        var run = await RunJobAsync();

        run.Sent.MessagesOf<BookingReminderDueIntegrationEvent>().ShouldNotContain(e => e.PeriodStart == new DateOnly(2032, 3, 8));
        RemindersTo(parent).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_reminder_handled_after_the_deadline_is_not_sent()
    {
        app.Clock.SetParisTime(new DateTime(2032, 4, 1, 12, 0, 0));
        var parent = await ParentAsync("Retard", "Elsa");
        var week = new DateOnly(2032, 4, 12);
        var deadline = new DateTimeOffset(2032, 4, 8, 23, 59, 0, TimeSpan.FromHours(2));

        // A message published in time but handled late (a queue that waited, a retry): the handler checks the deadline again.
        app.Clock.Set(deadline.AddSeconds(1));
        await app.TrackAsync(async () =>
        {
            await using var scope = app.Services.GetRequiredService<Cantine.BuildingBlocks.Tenancy.TenantScopeFactory>().Create(ReservationsApp.Lyon);
            var bus = scope.ServiceProvider.GetRequiredService<Wolverine.IMessageBus>();
            bus.TenantId = ReservationsApp.Lyon;
            await bus.PublishAsync(new BookingReminderDueIntegrationEvent(ReservationsApp.Lyon, parent.FamilyId, "Week", week, week.AddDays(6), deadline, ["Elsa"]));
        });

        RemindersTo(parent).ShouldBeEmpty();
    }

    [Fact]
    public async Task After_downtime_a_missed_reminder_is_caught_up_before_the_deadline()
    {
        app.Clock.SetParisTime(new DateTime(2032, 5, 1, 12, 0, 0));
        var parent = await ParentAsync("Panne", "Fanny");

        // The application was down from Monday to Thursday evening: the job's first run is an hour before the deadline.
        app.Clock.SetParisTime(new DateTime(2032, 5, 6, 22, 59, 0));
        await RunJobAsync();

        RemindersTo(parent).ShouldHaveSingleItem().Subject.ShouldBe("Rappel : rien n'est réservé pour la semaine du lundi 10 mai 2032");
    }

    [Fact]
    public async Task Two_runs_at_once_send_one_email()
    {
        app.Clock.SetParisTime(new DateTime(2032, 6, 1, 12, 0, 0));
        var parent = await ParentAsync("Double", "Gaspard");

        app.Clock.SetParisTime(new DateTime(2032, 6, 8, 10, 0, 0));
        await app.TrackAsync(async () =>
        {
            await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RemindUnbookedFamiliesJob>().RunAsync(CancellationToken.None);
            })));
        });

        RemindersTo(parent).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_guardian_who_turned_reminders_off_gets_none_and_the_other_guardian_still_does()
    {
        app.Clock.SetParisTime(new DateTime(2032, 9, 1, 12, 0, 0));
        var parent = await ParentAsync("Discret", "Ivan");
        var otherEmail = $"second-{Guid.NewGuid():N}@familles.test";
        await app.SendTrackedAsync(ReservationsApp.Lyon, s => s.Send(new RegisterGuardianCommand(parent.FamilyId, "M.", "Marc", "Discret", otherEmail, "")));
        var shown = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new GetEmailPreferencesQuery(parent.GuardianId)));
        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(
            new ChangeEmailPreferencesCommand(parent.GuardianId, ["BookingConfirmation", "InvoiceOverdue", "ContactReply"], shown.Version)))).ShouldSucceed();

        app.Clock.SetParisTime(new DateTime(2032, 9, 7, 8, 30, 0)); // Tuesday before Thursday 9 September 2032
        await RunJobAsync();

        RemindersTo(parent).ShouldBeEmpty();
        app.EmailsTo(otherEmail).Where(m => m.Subject?.StartsWith("Rappel", StringComparison.Ordinal) == true)
            .ShouldHaveSingleItem().Subject.ShouldBe("Rappel : rien n'est réservé pour la semaine du lundi 13 septembre 2032");
    }

    [Fact]
    public async Task The_towns_setting_moves_the_reminder_and_zero_turns_it_off()
    {
        app.Clock.SetParisTime(new DateTime(2032, 12, 20, 12, 0, 0));
        var parent = await ParentAsync("Reglage", "Hector");
        try
        {
            await ChangeReminderAsync(0);
            app.Clock.SetParisTime(new DateTime(2033, 1, 4, 9, 0, 0));
            await RunJobAsync();
            var whenOff = RemindersTo(parent).Count;

            await ChangeReminderAsync(5);
            app.Clock.SetParisTime(new DateTime(2033, 1, 8, 9, 0, 0)); // Saturday: five days before Thursday 13 January 2033
            await RunJobAsync();

            whenOff.ShouldBe(0);
            RemindersTo(parent).ShouldHaveSingleItem().Subject.ShouldBe("Rappel : rien n'est réservé pour la semaine du lundi 17 janvier 2033");
        }
        finally
        {
            await ChangeReminderAsync(2);
        }
    }

    [Fact]
    public async Task Refuses_a_reminder_setting_outside_0_to_14_days()
    {
        var refused = await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ChangeBookingCalendarCommand(
            "Week", [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday], DayOfWeek.Thursday, 20, new TimeOnly(23, 59), 15)));

        refused.ShouldBeRefused("ReminderDaysBefore", "ReminderDaysBefore").Message.ShouldBe("Le rappel se règle entre 0 (aucun rappel) et 14 jours avant la date butoir.");
    }

    [Fact]
    public void The_job_is_registered_every_quarter_of_an_hour_in_paris_time()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs().SingleOrDefault(j => j.Id == RemindUnbookedFamiliesJob.Id);

        job.ShouldNotBeNull($"recurring jobs: {string.Join(", ", connection.GetRecurringJobs().Select(j => j.Id))}");
        job.Id.ShouldBe("reservations:remind-unbooked-families");
        job.Cron.ShouldBe("*/15 * * * *");
        job.TimeZoneId.ShouldBeOneOf("Europe/Paris", "Romance Standard Time");
    }

    private async Task ChangeReminderAsync(int days) =>
        (await app.SendAsync(ReservationsApp.Lyon, s => s.Send(new ChangeBookingCalendarCommand(
            "Week", [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday], DayOfWeek.Thursday, 20, new TimeOnly(23, 59), days))))
        .ShouldSucceed();
}
