using System.Globalization;
using System.Net;
using System.Text;
using Cantine.Host.Tests.Support;
using Cantine.Reservations.Contracts.CreateService;
using Cantine.Reservations.Contracts.GetBookingCalendar;
using Cantine.Reservations.Contracts.GetChildEnrolments;
using Cantine.Reservations.Contracts.GetService;
using Cantine.Reservations.Contracts.SubmitBookings;

namespace Cantine.Host.Tests.Reservations;

/// <summary>
/// The administrator's reservations pages (SPEC §3): services and prices, enrolments, the kitchen headcounts
/// (screen and CSV), the correction of a family's closed week, the booking calendar and its closures.
/// </summary>
public sealed class StaffReservationsPagesTests(StaffReservationsPagesTests.App app) : IClassFixture<StaffReservationsPagesTests.App>
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public sealed class App : CantineApp
    {
        public ReservationsTown Lyon { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Lyon = await ReservationsTown.CreateAsync(this, "lyon");
        }

        public Task<PortalClient> AdministratorAsync() => Clients.StaffAsync("lyon", Lyon.Town.Administrator);

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private ReservationsTown Lyon => app.Lyon;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", Invariant);

    [Fact]
    public async Task The_administrator_creates_a_service_and_sees_it_listed_with_its_price()
    {
        var administrator = await app.AdministratorAsync();

        var response = await MultiValueForms.PostAsync(administrator, "/lyon/admin/prestations",
        [
            ("Saisie.Nom", "Étude surveillée"), ("Saisie.Prix", "2,10"), ("Saisie.PrixDepuis", Iso(app.Clock.ParisToday())),
            ("Saisie.Jours", "Monday"), ("Saisie.Jours", "Thursday"), ("Saisie.ReservableParLesParents", "true"), ("Saisie.Facturation", "Bookings"),
        ]);

        PortalClient.Location(response).ShouldBe("/lyon/admin/prestations");
        var (_, page) = await administrator.GetAsync("/lyon/admin/prestations");
        page.Confirmation().ShouldBe("La prestation « Étude surveillée » est créée.");
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Étude surveillée", StringComparison.Ordinal));
        row.QuerySelectorAll("td").Select(Html.Text).ShouldBe(["Étude surveillée", "2,10 €", "lundi, jeudi", "Oui", "sur les réservations"]);
    }

    [Fact]
    public async Task A_service_with_a_price_that_is_not_a_number_is_refused_next_to_the_field()
    {
        var administrator = await app.AdministratorAsync();

        var response = await MultiValueForms.PostAsync(administrator, "/lyon/admin/prestations",
            [("Saisie.Nom", "Goûter"), ("Saisie.Prix", "trois euros"), ("Saisie.Jours", "Monday"), ("Saisie.Facturation", "Bookings")]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadPageAsync();
        page.Errors().ShouldBe(["Indiquez le prix en euros, par exemple 3,20."]);
        page.Field("Saisie_Prix").GetAttribute("aria-invalid").ShouldBe("true");
    }

    [Fact]
    public async Task A_new_price_from_a_date_is_added_to_the_history()
    {
        var service = (await app.SendAsync("lyon", s => s.Send(new CreateServiceCommand(
            "Garderie matin", 150, app.Clock.ParisToday().AddDays(-30), [DayOfWeek.Monday], true, "Attendance")))).Value;
        var administrator = await app.AdministratorAsync();
        var from = app.Clock.ParisToday().AddDays(60);

        var response = await administrator.SubmitAsync($"/lyon/admin/prestations/{service}",
            new Dictionary<string, string> { ["NouveauPrix"] = "1,65", ["NouveauPrixDepuis"] = Iso(from) }, "handler=Prix");

        PortalClient.Location(response).ShouldBe($"/lyon/admin/prestations/{service}");
        var (_, page) = await administrator.GetAsync(PortalClient.Location(response));
        page.Confirmation().ShouldBe($"Le prix de Garderie matin sera de 1,65 € à partir du {from.ToString("dd/MM/yyyy", Invariant)}.");
        page.QuerySelectorAll("table tbody tr").Select(r => Html.Text(r.QuerySelectorAll("td")[1])).ShouldBe(["1,50 €", "1,65 €"]);
        (await app.SendAsync("lyon", s => s.Send(new GetServiceQuery(service))))!.Prices.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_childs_services_are_ticked_on_its_page()
    {
        var administrator = await app.AdministratorAsync();
        var url = $"/lyon/admin/inscriptions/enfant/{Lyon.Tom}";
        var (_, page) = await administrator.GetAsync(url);
        page.Heading().ShouldBe("Inscriptions de Tom Roux");
        (page.QuerySelector($"input[value='{Lyon.FirstService}']") as AngleSharp.Html.Dom.IHtmlInputElement)!.IsChecked.ShouldBeTrue();

        var response = await MultiValueForms.PostAsync(administrator, url, [("Prestations", Lyon.EveningCare.ToString())]);

        PortalClient.Location(response).ShouldBe(url);
        var enrolments = await app.SendAsync("lyon", s => s.Send(new GetChildEnrolmentsQuery(Lyon.Tom)));
        enrolments!.ServiceIds.ShouldBe([Lyon.EveningCare]);
        (await administrator.GetAsync(url)).Page.Confirmation().ShouldBe("Les inscriptions de Tom Roux sont enregistrées.");
    }

    [Fact]
    public async Task A_whole_class_is_enrolled_at_once()
    {
        var service = (await app.SendAsync("lyon", s => s.Send(new CreateServiceCommand(
            "Accueil du mercredi", 1250, app.Clock.ParisToday(), [DayOfWeek.Monday], true, "Bookings")))).Value;
        var administrator = await app.AdministratorAsync();

        var response = await administrator.SubmitMainAsync("/lyon/admin/inscriptions",
            new Dictionary<string, string> { ["Prestation"] = service.ToString(), ["Groupe"] = "École A|CP" });

        PortalClient.Location(response).ShouldBe("/lyon/admin/inscriptions");
        (await administrator.GetAsync("/lyon/admin/inscriptions")).Page.Confirmation()
            .ShouldBe("1 enfant(s) de « École A, CP » nouvellement inscrit(s) à « Accueil du mercredi ».");
        (await app.SendAsync("lyon", s => s.Send(new GetChildEnrolmentsQuery(Lyon.Leo))))!.ServiceIds.ShouldContain(service);
        (await app.SendAsync("lyon", s => s.Send(new GetChildEnrolmentsQuery(Lyon.Jade))))!.ServiceIds.ShouldNotContain(service);
    }

    [Fact]
    public async Task The_headcounts_show_each_class_per_day_and_download_as_csv_for_excel()
    {
        var week = (await app.Lyon.OpenWeekAsync(app)).AddDays(21);
        var sheet = await Lyon.SheetAsync(app, Lyon.Town.Family.FamilyId, week);
        var day = sheet.Children[0].Rows[0].Cells.First(c => c.Bookable).Date;
        (await app.SendAsync("lyon", s => s.Send(new SubmitBookingsCommand(Lyon.Town.Family.FamilyId, sheet.PeriodStart,
            [new(Lyon.Jade, Lyon.FirstService, day), new(Lyon.Leo, Lyon.FirstService, day), new(Lyon.Leo, Lyon.EveningCare, day)], sheet.Version, Guid.NewGuid()))))
            .IsSuccess.ShouldBeTrue();
        var administrator = await app.AdministratorAsync();

        var (response, page) = await administrator.GetAsync($"/lyon/admin/effectifs?jour={Iso(week)}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe($"Effectifs du {sheet.PeriodStart.ToString("dd/MM/yyyy", Invariant)} au {sheet.PeriodEnd.ToString("dd/MM/yyyy", Invariant)}");
        Html.Text(page.QuerySelector(".headcount-status")).ShouldStartWith("Effectifs en cours");
        var first = page.QuerySelectorAll("table.headcounts").Single(t => Html.Text(t.QuerySelector("caption")) == "1er service");
        first.QuerySelectorAll("tbody tr").Select(r => Html.Text(r.QuerySelector("th")) + " " + Html.Text(r.QuerySelectorAll("td")[0])).ShouldBe(["École A CE1", "École A CP"]);
        Html.Text(first.QuerySelectorAll("tfoot td").Last()).ShouldBe("2");

        var csv = await administrator.Http.GetAsync($"/lyon/admin/effectifs?jour={Iso(week)}&format=csv");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csv.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var date = day.ToString("dd/MM/yyyy", Invariant);
        Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ShouldBe(
        [
            "Date;Prestation;École;Classe;Effectif",
            $"{date};1er service;École A;CE1;1",
            $"{date};1er service;École A;CP;1",
            $"{date};Garderie soir;École A;CP;1",
        ]);
    }

    [Fact]
    public async Task Staff_correct_a_familys_week_after_its_deadline()
    {
        var family = Lyon.Town.Family.FamilyId;
        var today = app.Clock.ParisToday();
        var sheet = await Lyon.SheetAsync(app, family, today.AddDays(-7), forStaff: true);
        sheet.Deadline.ShouldBeLessThan(app.Clock.GetUtcNow());
        var day = sheet.Children.Single(c => c.ChildId == Lyon.Leo).Rows.Single(r => r.ServiceId == Lyon.FirstService).Cells.First(c => c.Bookable).Date;
        var url = $"/lyon/admin/reservations/famille/{family}?jour={Iso(sheet.PeriodStart)}";
        var administrator = await app.AdministratorAsync();
        var (_, page) = await BookingForm.LoadAsync(administrator, url);
        page.Heading().ShouldBe("Réservations de la famille Durand");
        Html.Text(page.QuerySelector(".deadline")).ShouldStartWith("Date butoir passée");
        BookingForm.Box(page, BookingForm.Key(Lyon.Leo, Lyon.FirstService, day)).HasAttribute("disabled").ShouldBeFalse();

        var response = await BookingForm.SubmitAsync(administrator, page, [BookingForm.Key(Lyon.Leo, Lyon.FirstService, day)]);

        PortalClient.Location(response).ShouldBe(url);
        var (_, after) = await administrator.GetAsync(url);
        after.Confirmation().ShouldBe("Les réservations de la famille Durand sont corrigées.");
        BookingForm.Row(after, "DURAND Léo", "1er service")[^3..].ShouldBe(["1", "3,20 €", "3,20 €"]);
        (await Lyon.SheetAsync(app, family, sheet.PeriodStart)).GrandTotalCents.ShouldBe(ReservationsTown.FirstServiceCents);
    }

    [Fact]
    public async Task The_deadline_time_is_changed_on_the_calendar_page()
    {
        var administrator = await app.AdministratorAsync();
        var (_, page) = await administrator.GetAsync("/lyon/admin/parametres/calendrier");
        page.Heading().ShouldBe("Calendrier des réservations");
        page.Field("periode-semaine").IsChecked.ShouldBeTrue();

        var response = await MultiValueForms.PostAsync(administrator, "/lyon/admin/parametres/calendrier",
        [
            ("Saisie.Periode", "Week"), ("Saisie.JoursOuverts", "Monday"), ("Saisie.JoursOuverts", "Tuesday"), ("Saisie.JoursOuverts", "Thursday"),
            ("Saisie.JoursOuverts", "Friday"), ("Saisie.JourButoir", "Thursday"), ("Saisie.JourDuMoisButoir", "20"), ("Saisie.HeureButoir", "22:00"),
            ("Saisie.JoursAvantRappel", "3"),
        ]);

        page.Label("Saisie_JoursAvantRappel").ShouldBe("Rappel par e-mail aux familles sans réservation : nombre de jours avant la date butoir");
        page.Field("Saisie_JoursAvantRappel").Value.ShouldBe("2");
        PortalClient.Location(response).ShouldBe("/lyon/admin/parametres/calendrier");
        (await administrator.GetAsync("/lyon/admin/parametres/calendrier")).Page.Confirmation().ShouldBe("Le calendrier des réservations est enregistré.");
        var calendar = (await app.SendAsync("lyon", s => s.Send(new GetBookingCalendarQuery())))!;
        calendar.DeadlineTime.ShouldBe(new TimeOnly(22, 0));
        calendar.ReminderDaysBefore.ShouldBe(3);
        (await administrator.GetAsync("/lyon/admin/parametres/calendrier")).Page.Field("Saisie_JoursAvantRappel").Value.ShouldBe("3");
    }

    [Fact]
    public async Task Closures_are_added_changed_removed_and_bank_holidays_prefilled()
    {
        var administrator = await app.AdministratorAsync();
        var from = app.Clock.ParisToday().AddDays(200);

        var added = await MultiValueForms.PostAsync(administrator, "/lyon/admin/parametres/fermetures",
            [("Saisie.Libelle", "Grève"), ("Saisie.Du", Iso(from)), ("Saisie.Au", Iso(from)), ("Saisie.Type", "ClosedDay")], "handler=Ajouter");
        (await administrator.GetAsync("/lyon/admin/parametres/fermetures")).Page.Confirmation().ShouldBe("La fermeture « Grève » est ajoutée.");
        var prefilled = await administrator.SubmitAsync("/lyon/admin/parametres/fermetures", new Dictionary<string, string>(), "handler=JoursFeries");

        PortalClient.Location(added).ShouldBe("/lyon/admin/parametres/fermetures", await added.Content.ReadAsStringAsync());
        PortalClient.Location(prefilled).ShouldBe("/lyon/admin/parametres/fermetures");
        var (_, page) = await administrator.GetAsync("/lyon/admin/parametres/fermetures");
        page.Confirmation()!.ShouldEndWith("jour(s) férié(s) ajouté(s) pour cette année scolaire et la suivante.");
        page.QuerySelector("main tbody")!.TextContent.ShouldContain("Grève");
        page.QuerySelector("main tbody")!.TextContent.ShouldContain("Jour férié");
        var strike = (await app.SendAsync("lyon", s => s.Send(new GetBookingCalendarQuery())))!.Closures.Single(c => c.Label == "Grève");

        var changed = await MultiValueForms.PostAsync(administrator, $"/lyon/admin/parametres/fermetures/{strike.Id}",
            [("Saisie.Libelle", "Grève des agents"), ("Saisie.Du", Iso(from)), ("Saisie.Au", Iso(from.AddDays(1))), ("Saisie.Type", "ClosedDay")]);
        PortalClient.Location(changed).ShouldBe("/lyon/admin/parametres/fermetures");
        (await app.SendAsync("lyon", s => s.Send(new GetBookingCalendarQuery())))!.Closures.Single(c => c.Id == strike.Id).To.ShouldBe(from.AddDays(1));

        var removed = await administrator.SubmitAsync("/lyon/admin/parametres/fermetures", new Dictionary<string, string>(), $"id={strike.Id}");
        PortalClient.Location(removed).ShouldBe("/lyon/admin/parametres/fermetures");
        (await app.SendAsync("lyon", s => s.Send(new GetBookingCalendarQuery())))!.Closures.ShouldNotContain(c => c.Id == strike.Id);
    }
}
