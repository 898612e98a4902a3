using Cantine.Messaging.Contracts.EmailPreferences;
using Cantine.Messaging.Tests.Support;
using Cantine.Reservations.Contracts.CorrectBookings;
using Cantine.Reservations.Contracts.IntegrationEvents;
using Cantine.Reservations.Contracts.SubmitBookings;
using MimeKit;

namespace Cantine.Messaging.Tests.IntegrationEventHandlers;

/// <summary>
/// After `Valider`, the guardian who sent it gets a confirmation (issue #17, ADR 0033): what changed and what the period
/// holds, once per accepted `Valider`, unless they turned confirmations off. Staff corrections send none.
/// </summary>
public sealed class BookingConfirmationEmailTests(BookingConfirmationEmailTests.App app) : IClassFixture<BookingConfirmationEmailTests.App>
{
    public sealed class App : CantineApp
    {
        public ReservationsTown Town { get; private set; } = null!;

        protected override async Task SeedAsync() => Town = await ReservationsTown.CreateAsync(this, "riom");
    }

    private TestAccount Guardian => app.Town.Town.Family.Guardian;

    private static string Body(MimeMessage email) => email.Text().Replace("\r\n", "\n", StringComparison.Ordinal);

    private IReadOnlyList<MimeMessage> Confirmations(string email) =>
        [.. app.EmailsTo(email).Where(m => m.Subject?.StartsWith("Vos réservations pour", StringComparison.Ordinal) == true)];

    /// <summary>`Valider` as the signed-in guardian would send it, waiting for Messaging.</summary>
    private async Task<BookingsSavedDto> ValidateAsync(Guid guardianId, DateOnly week, IReadOnlyList<BookingCellInput> ticked, Guid? submissionId = null)
    {
        var sheet = await app.Town.SheetAsync(app, app.Town.Town.Family.FamilyId, week);
        BookingsSavedDto saved = null!;
        await app.TrackAsync(async () => saved = (await app.SendAsAsync("riom", guardianId, s => s.Send(
            new SubmitBookingsCommand(app.Town.Town.Family.FamilyId, week, ticked, sheet.Version, submissionId ?? Guid.NewGuid())))).ShouldSucceed());
        return saved;
    }

    [Fact]
    public async Task Valider_is_confirmed_once_with_what_changed_and_what_the_period_holds()
    {
        await SetConfirmationsAsync(on: true);
        var week = await app.Town.OpenWeekAsync(app);
        var before = Confirmations(Guardian.Email).Count;
        var submission = Guid.NewGuid();
        BookingCellInput[] ticked = [new(app.Town.Leo, app.Town.FirstService, week), new(app.Town.Jade, app.Town.FirstService, week.AddDays(1))];

        await ValidateAsync(Guardian.UserId, week, ticked, submission);
        await ValidateAsync(Guardian.UserId, week, ticked, submission); // the same form sent twice (a double click)
        await ValidateAsync(Guardian.UserId, week, [ticked[0]]);

        var emails = Confirmations(Guardian.Email).Skip(before).ToList();
        emails.Count.ShouldBe(2);
        var monday = week.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
        var tuesday = week.AddDays(1).ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
        emails[0].Subject.ShouldBe($"Vos réservations pour la semaine du {monday} sont enregistrées");
        Body(emails[0]).ShouldContain($"Réservé :\n- Jade, 1er service, {tuesday}\n- Léo, 1er service, {monday}");
        Body(emails[0]).ShouldContain("Montant de la période : 6,40 €");
        Body(emails[0]).ShouldContain($"/riom/reservations?jour={week:yyyy-MM-dd}");
        Body(emails[0]).ShouldContain("/riom/mes-preferences");
        emails[0].Headers["List-Unsubscribe"].ShouldNotBeNull().ShouldContain("/riom/desabonnement?jeton=");
        Body(emails[1]).ShouldContain($"Annulé :\n- Jade, 1er service, {tuesday}");
        Body(emails[1]).ShouldContain($"Au total, pour la semaine du {monday} :\n- Léo, 1er service, {monday}");
        Body(emails[1]).ShouldContain("Montant de la période : 3,20 €");
        emails[1].DecodedHtml().ShouldContain("Annulé :");
    }

    [Fact]
    public async Task A_guardian_who_turned_confirmations_off_gets_none()
    {
        var week = (await app.Town.OpenWeekAsync(app)).AddDays(7);
        await SetConfirmationsAsync(on: false);
        var before = Confirmations(Guardian.Email).Count;
        try
        {
            var (_, published) = await SendAndTrackAsync(week);

            published.ShouldBe(1); // Reservations told Messaging; Messaging chose not to write
            Confirmations(Guardian.Email).Count.ShouldBe(before);
        }
        finally
        {
            await SetConfirmationsAsync(on: true);
        }
    }

    [Fact]
    public async Task Staff_corrections_send_no_confirmation()
    {
        var week = (await app.Town.OpenWeekAsync(app)).AddDays(14);
        var before = Confirmations(Guardian.Email).Count;
        var sheet = await app.Town.SheetAsync(app, app.Town.Town.Family.FamilyId, week, forStaff: true);

        await app.TrackAsync(async () => (await app.SendAsAsync("riom", app.Town.Town.Administrator.UserId, s => s.Send(new CorrectBookingsCommand(
            app.Town.Town.Family.FamilyId, week, [new(app.Town.Leo, app.Town.FirstService, week)], sheet.Version, app.Town.Town.Administrator.UserId))))
            .ShouldSucceed());

        Confirmations(Guardian.Email).Count.ShouldBe(before);
    }

    private async Task<(BookingsSavedDto Saved, int Published)> SendAndTrackAsync(DateOnly week)
    {
        var sheet = await app.Town.SheetAsync(app, app.Town.Town.Family.FamilyId, week);
        BookingsSavedDto saved = null!;
        var tracked = await app.TrackAsync(async () => saved = (await app.SendAsAsync("riom", Guardian.UserId, s => s.Send(new SubmitBookingsCommand(
            app.Town.Town.Family.FamilyId, week, [new(app.Town.Leo, app.Town.FirstService, week)], sheet.Version, Guid.NewGuid())))).ShouldSucceed());
        return (saved, tracked.Executed.MessagesOf<BookingsSubmittedIntegrationEvent>().Count());
    }

    private async Task SetConfirmationsAsync(bool on)
    {
        var current = await app.SendAsync("riom", s => s.Send(new GetEmailPreferencesQuery(Guardian.UserId)));
        var kept = current.Choices.Where(c => c.Kind != "BookingConfirmation" && c.On).Select(c => c.Kind).ToList();
        if (on)
        {
            kept.Add("BookingConfirmation");
        }

        (await app.SendAsync("riom", s => s.Send(new ChangeEmailPreferencesCommand(Guardian.UserId, kept, current.Version)))).ShouldSucceed();
    }
}
