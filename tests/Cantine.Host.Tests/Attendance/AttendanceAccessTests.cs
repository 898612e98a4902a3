using System.Net;
using System.Text;
using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.GetAttendanceSettings;
using Cantine.Attendance.Contracts.RecordMarks;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Attendance;

/// <summary>
/// Issue #13's access rules and exports: the absent children as CSV for a French spreadsheet, another town's agent and
/// a parent see nothing, the settings page is for administrators and speaks French.
/// </summary>
public sealed class AttendanceAccessTests(AttendanceApp app) : IClassFixture<AttendanceApp>
{
    [Fact]
    public async Task The_absent_children_are_listed_and_downloaded_as_csv_for_excel()
    {
        var today = app.Lyon.Today;
        (await app.SendAsync("lyon", s => s.Send(new RecordMarksCommand(today, app.Lyon.FirstService, "École A",
            [new MarkInput(Guid.NewGuid(), app.Lyon.Jade, MarkKind.Absent, AbsenceReason.SchoolOuting)], app.Agent.UserId, "Léa Personnel")))).IsSuccess.ShouldBeTrue();
        var agent = await app.AgentAsync();

        var (_, page) = await agent.GetAsync("/lyon/admin/pointage");
        var csv = await agent.Http.GetAsync(page.QuerySelectorAll("a").Single(a => Html.Text(a) == "Télécharger les absents (CSV)").GetAttribute("href"));
        var figures = await agent.Http.GetAsync($"/lyon/admin/pointage?jour={today:yyyy-MM-dd}&format=chiffres");

        page.QuerySelectorAll("table.attendance-absent tbody tr").Select(r => Html.Text(r)).ShouldContain("DURAND Jade École A CE1 1er service Sortie scolaire Non");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csv.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Date;Prestation;École;Classe;Nom;Prénom;Motif;Précision;Signalée par la famille");
        lines.ShouldContain($"{today:dd/MM/yyyy};1er service;École A;CE1;Durand;Jade;Sortie scolaire;;non");
        var figureLines = Encoding.UTF8.GetString((await figures.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        figureLines[0].ShouldBe("Date;Prestation;École;Inscrits;Présents;Absents;Non inscrits;Non pointés;Validée");
        figureLines.ShouldContain(l => l.StartsWith($"{today:dd/MM/yyyy};1er service;École B;1;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_agent_of_another_town_sees_nothing_of_this_towns_sheets()
    {
        var vienna = await app.ViennaAgentAsync();
        var lyonSheet = app.SheetUrl("École A");

        var (ownTown, ownPage) = await vienna.GetAsync(lyonSheet.Replace("/lyon/", "/vienne/", StringComparison.Ordinal));
        var otherTown = await vienna.Http.GetAsync(lyonSheet);
        var overview = await vienna.Http.GetAsync("/vienne/admin/pointage");
        var (_, viennaPage) = await vienna.GetAsync("/vienne/admin/pointage");
        using var post = new HttpRequestMessage(HttpMethod.Post, lyonSheet.Replace("/lyon/", "/vienne/", StringComparison.Ordinal) + "&handler=Pointages")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { marks = new[] { new { id = Guid.NewGuid(), child = app.Lyon.Leo, kind = "Absent" } } }),
        };
        post.Headers.Add("RequestVerificationToken", viennaPage.QuerySelector($"input[name={Forms.AntiforgeryField}]")!.GetAttribute("value"));
        var marked = await vienna.Http.SendAsync(post);

        ownTown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ownPage.Body!.TextContent.ShouldNotContain("Durand");
        otherTown.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PortalClient.Location(otherTown).ShouldStartWith("/lyon/admin/connexion");
        var viennaOverview = await overview.Content.ReadAsStringAsync();
        overview.StatusCode.ShouldBe(HttpStatusCode.OK);
        viennaOverview.ShouldNotContain("Durand");
        viennaOverview.ShouldNotContain("École A");
        marked.IsSuccessStatusCode.ShouldBeFalse();
        (await marked.Content.ReadAsStringAsync()).ShouldNotContain("Durand");
        (await app.SheetAsync("École A")).Children.Single(c => c.ChildId == app.Lyon.Leo).Status.ShouldNotBe(AttendanceStatus.Absent);
    }

    [Fact]
    public async Task A_parent_cannot_open_the_sheets_nor_send_marks()
    {
        var parent = await app.ParentAsync();

        var overview = await parent.Http.GetAsync("/lyon/admin/pointage");
        var sheet = await parent.Http.GetAsync(app.SheetUrl("École A"));
        var (_, home) = await parent.GetAsync("/lyon/accueil");
        var token = home.QuerySelector($"input[name={Forms.AntiforgeryField}]")?.GetAttribute("value") ?? string.Empty;
        using var post = new HttpRequestMessage(HttpMethod.Post, app.SheetUrl("École A") + "&handler=Pointages")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { marks = new[] { new { id = Guid.NewGuid(), child = app.Lyon.Leo, kind = "Absent" } } }),
        };
        post.Headers.Add("RequestVerificationToken", token);
        var marks = await parent.Http.SendAsync(post);

        overview.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        sheet.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sheet.Content.ReadAsStringAsync()).ShouldNotContain("Arachide");
        ((int)marks.StatusCode).ShouldBeOneOf(400, 403);
        (await app.SheetAsync("École A")).Children.Single(c => c.ChildId == app.Lyon.Leo).Status.ShouldNotBe(AttendanceStatus.Absent);
    }

    [Fact]
    public async Task The_administrator_changes_the_attendance_times_and_is_told_in_french_when_a_time_is_wrong()
    {
        var administrator = await app.AdministratorAsync();
        const string url = "/lyon/admin/parametres/presences";
        var (_, page) = await administrator.GetAsync(url);
        page.Heading().ShouldBe("Présences : horaires");
        page.Label("Saisie_HeureLimiteSignalement").ShouldBe("Heure limite de signalement d'une absence par les familles");
        page.Label("Saisie_HeureRappel").ShouldBe("Heure du rappel aux agents des feuilles non validées");

        var wrong = await Reservations.MultiValueForms.PostAsync(administrator, url, [("Saisie.HeureLimiteSignalement", "25:00"), ("Saisie.HeureRappel", "14:00")]);
        var right = await Reservations.MultiValueForms.PostAsync(administrator, url, [("Saisie.HeureLimiteSignalement", "08:30"), ("Saisie.HeureRappel", "15:15")]);

        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await wrong.ReadPageAsync();
        refused.Errors().ShouldBe(["Indiquez l'heure limite de signalement au format hh:mm, par exemple 09:00."]);
        refused.Field("Saisie_HeureLimiteSignalement").GetAttribute("aria-invalid").ShouldBe("true");
        PortalClient.Location(right).ShouldBe(url);
        (await administrator.GetAsync(url)).Page.Confirmation().ShouldBe("Les horaires des présences sont enregistrés.");
        var settings = await app.SendAsync("lyon", s => s.Send(new GetAttendanceSettingsQuery()));
        settings.ShouldBe(new AttendanceSettingsDto(new TimeOnly(8, 30), new TimeOnly(15, 15)));
    }

    [Fact]
    public async Task An_agent_cannot_open_the_settings()
    {
        var agent = await app.AgentAsync();

        var response = await agent.Http.GetAsync("/lyon/admin/parametres/presences");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
