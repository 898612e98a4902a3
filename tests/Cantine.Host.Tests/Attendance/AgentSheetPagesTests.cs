using System.Net;
using Cantine.Attendance.Contracts;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Attendance;

/// <summary>
/// The agent's pages of issue #13 without a browser: the day's overview, the sheet as a plain form (no JavaScript),
/// the JSON endpoint of the sheet's script (idempotent), the unbooked child, and one round trip per sheet.
/// </summary>
public sealed class AgentSheetPagesTests(AttendanceApp app) : IClassFixture<AttendanceApp>
{
    [Fact]
    public async Task The_agent_sees_the_days_sheets_with_their_figures_and_a_link_to_each()
    {
        var agent = await app.AgentAsync();

        var (response, page) = await agent.GetAsync("/lyon/admin/pointage");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldStartWith("Pointage du jour");
        var rows = page.QuerySelectorAll("table.attendance-day tbody tr").ToList();
        var schoolA = rows.Single(r => Html.Text(r.QuerySelector("th")) == "1er service" && Html.Text(r.QuerySelectorAll("td")[0]) == "École A");
        Html.Text(schoolA.QuerySelectorAll("td")[1]).ShouldBe("2");
        schoolA.QuerySelector("a")!.GetAttribute("href").ShouldBe(app.SheetUrl("École A"));
        rows.ShouldContain(r => Html.Text(r.QuerySelectorAll("td")[0]) == "École B" && Html.Text(r.QuerySelectorAll("td")[1]) == "1");
        Html.Text(schoolA.QuerySelectorAll("td")[6]).ShouldBe("À valider");
        var withoutBookings = rows.Where(r => Html.Text(r.QuerySelectorAll("td")[1]) == "0").ToList();
        withoutBookings.ShouldNotBeEmpty();
        withoutBookings.ShouldAllBe(r => Html.Text(r.QuerySelectorAll("td")[6]) == "Sans objet" && r.QuerySelector("a") == null);
    }

    [Fact]
    public async Task The_sheet_lists_children_by_class_then_name_with_allergies_and_pai_in_words()
    {
        var agent = await app.AgentAsync();

        var (response, page) = await agent.GetAsync(app.SheetUrl("École A"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Heading().ShouldBe("Feuille de pointage : 1er service");
        var children = page.QuerySelectorAll("li.sheet-child").ToList();
        children.Where(c => c.GetAttribute("data-booked") == "true").Select(c => Html.Text(c.QuerySelector(".sheet-child-name"))).ShouldBe(["DURAND Jade", "DURAND Léo"]);
        var leo = children.Single(c => c.GetAttribute("data-child") == app.Lyon.Leo.ToString());
        leo.QuerySelectorAll(".care-marker").Select(Html.Text).ShouldBe(["⚠ Allergies : Arachide", "⚕ PAI"]);
        children.Single(c => c.GetAttribute("data-child") == app.Lyon.Jade.ToString()).QuerySelectorAll(".care-marker").ShouldBeEmpty();
        leo.QuerySelectorAll("button[data-mark]").Select(b => b.GetAttribute("aria-pressed")).Count().ShouldBe(2);
        leo.QuerySelectorAll("fieldset input[type=radio]").Length.ShouldBeGreaterThanOrEqualTo(2);
        page.QuerySelector("[data-counts]")!.GetAttribute("aria-live").ShouldBe("polite");
    }

    [Fact]
    public async Task The_class_filter_keeps_one_class_and_its_figures()
    {
        var agent = await app.AgentAsync();

        var (response, page) = await agent.GetAsync(app.SheetUrl("École A") + "&classe=CP");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelectorAll("li.sheet-child").Select(c => Html.Text(c.QuerySelector(".sheet-child-name"))).ShouldBe(["DURAND Léo"]);
        page.QuerySelector("select#classe option[selected]")!.GetAttribute("value").ShouldBe("CP");
        Html.Text(page.QuerySelector("[data-count='booked']")).ShouldBe("1");
        Html.Text(page.QuerySelector(".sheet-meta")).ShouldEndWith("classe CP");
    }

    [Fact]
    public async Task Without_javascript_the_form_marks_justifies_and_validates_and_a_second_post_changes_nothing()
    {
        var agent = await app.AgentAsync();
        var url = app.SheetUrl("École B");
        var (_, page) = await agent.GetAsync(url);
        var fields = new Dictionary<string, string> { ["Pointages[0].Statut"] = "Absent", ["Pointages[0].Motif"] = "Illness", ["Pointages[0].Note"] = "" };

        var first = await agent.SubmitAsync(page, url, fields, "feuille?jour");
        var second = await agent.SubmitAsync(page, url, fields, "feuille?jour");

        PortalClient.Location(first).ShouldBe(url);
        PortalClient.Location(second).ShouldBe(url);
        var sheet = await app.SheetAsync("École B");
        sheet.IsValidated.ShouldBeTrue();
        sheet.Children.Single().Status.ShouldBe(AttendanceStatus.AbsentJustified);
        sheet.Children.Single().Reason.ShouldBe(AbsenceReason.Illness);
        var (_, after) = await agent.GetAsync(url);
        after.Confirmation().ShouldBe("La feuille est validée : les pointages sont transmis à la facturation.");
        Html.Text(after.QuerySelector(".notice-info")).ShouldStartWith("Feuille validée le ");
        Html.Text(after.QuerySelector(".notice-info")).ShouldEndWith("par Léa Personnel ; les corrections sont enregistrées.");
        Html.Text(after.QuerySelector("li.sheet-child [data-status-text]")).ShouldBe("Absent justifié : Maladie");
    }

    [Fact]
    public async Task The_scripts_marks_are_applied_in_order_and_a_replayed_mark_is_applied_once()
    {
        var agent = await app.AgentAsync();
        var url = app.SheetUrl("École A");
        var absent = new MarksJson.Mark(Guid.NewGuid(), app.Lyon.Leo, "Absent");
        var present = new MarksJson.Mark(Guid.NewGuid(), app.Lyon.Leo, "Present");

        var (status, body) = await MarksJson.PostAsync(agent, url, [absent, present]);
        var (replayStatus, replayBody) = await MarksJson.PostAsync(agent, url, [absent]);

        status.ShouldBe(HttpStatusCode.OK, body);
        MarksJson.Outcomes(body).ShouldBe([(absent.Id, null), (present.Id, null)]);
        replayStatus.ShouldBe(HttpStatusCode.OK, replayBody);
        MarksJson.Outcomes(replayBody).ShouldBe([(absent.Id, null)]);
        (await app.SheetAsync("École A")).Children.Single(c => c.ChildId == app.Lyon.Leo).Status.ShouldBe(AttendanceStatus.Present);
    }

    [Fact]
    public async Task A_mark_refused_by_the_sheet_says_why_and_a_post_without_token_is_refused()
    {
        var agent = await app.AgentAsync();
        var url = app.SheetUrl("École A");
        var other = new MarksJson.Mark(Guid.NewGuid(), app.Lyon.Jade, "Absent", "Other");

        var (status, body) = await MarksJson.PostAsync(agent, url, [other]);
        var (forged, _) = await MarksJson.PostAsync(agent, url, [new MarksJson.Mark(Guid.NewGuid(), app.Lyon.Jade, "Present")], withToken: false);

        status.ShouldBe(HttpStatusCode.OK, body);
        MarksJson.Outcomes(body).Single().Refusal.ShouldNotBeNullOrWhiteSpace();
        forged.ShouldBe(HttpStatusCode.BadRequest);
        (await app.SheetAsync("École A")).Children.Single(c => c.ChildId == app.Lyon.Jade).Status.ShouldNotBe(AttendanceStatus.Present);
    }

    [Fact]
    public async Task An_unbooked_child_found_by_name_is_added_as_present()
    {
        var agent = await app.AgentAsync();
        var sheetUrl = app.SheetUrl("École A");
        var (_, sheetPage) = await agent.GetAsync(sheetUrl);
        var addUrl = sheetPage.QuerySelectorAll("a").Single(a => Html.Text(a) == "Ajouter un enfant non inscrit").GetAttribute("href")!;
        var (_, results) = await agent.GetAsync(addUrl + "&nom=zoe");
        Html.Text(results.QuerySelector(".match-list")).ShouldContain("DURAND Zoé");

        var response = await agent.SubmitAsync(results, addUrl, new Dictionary<string, string>(), "ajouter?jour");

        PortalClient.Location(response).ShouldBe(sheetUrl);
        var (_, after) = await agent.GetAsync(sheetUrl);
        after.Confirmation().ShouldBe("Zoé Durand est ajouté à la feuille, présent sans inscription.");
        var zoe = after.QuerySelectorAll("li.sheet-child").Single(c => c.GetAttribute("data-child") == app.Lyon.Zoe.ToString());
        Html.Text(zoe.QuerySelector("[data-status-text]")).ShouldBe("Présent (non inscrit)");
        (await app.SheetAsync("École A")).Counts.Unbooked.ShouldBe(1);
    }

    [Fact]
    public async Task Each_page_costs_one_round_trip()
    {
        var agent = await app.AgentAsync();
        var url = app.SheetUrl("École B");
        (await agent.GetAsync(url)).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var statements = await SqlRoundTrips.OfRequestAsync(agent, url);

        var report = string.Join("\n---\n", statements);
        statements.Count(s => s.Contains("attendance", StringComparison.OrdinalIgnoreCase)).ShouldBe(1, report);
        // The session check was cached by the first visit (ADR 0030).
        statements.Count.ShouldBe(1, report);
    }
}
