using System.Net;
using AngleSharp.Html.Dom;
using Cantine.Attendance.Contracts;
using Cantine.Attendance.Contracts.GetAttendanceSettings;
using Cantine.Attendance.Contracts.GetSheet;
using Cantine.Attendance.Contracts.SignalAbsence;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Presences;

/// <summary>
/// "Signaler une absence" (issue #13): before the town's time on the day itself a parent's signal reaches the agent's
/// sheet at once; after it the page gives the town's phone number; a child of another family, a forged day or a
/// missing note is refused in French with nothing lost.
/// </summary>
public sealed class AbsencePageTests(AbsencePageTests.App app) : IClassFixture<AbsencePageTests.App>
{
    private const string PageUrl = "/lyon/presences/absence";
    private const string TownPhone = "04 72 00 00 00";

    public sealed class App : CantineApp
    {
        public PresencesTown Lyon { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        public TimeOnly Deadline { get; private set; }

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Lyon = await PresencesTown.CreateAsync(this, "lyon");
            Deadline = (await SendAsync("lyon", s => s.Send(new GetAttendanceSettingsQuery()))).FamilySignalDeadline;
        }

        public Task<PortalClient> DurandAsync() => Clients.GuardianAsync("lyon", Lyon.Reservations.Town.Family.Guardian);

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private PresencesTown Lyon => app.Lyon;

    private DateOnly Today => Lyon.ThisMonday.AddDays(1);

    private DateOnly Thursday => Lyon.ThisMonday.AddDays(3);

    private void At(TimeOnly time) => app.Clock.SetParisTime(Today.ToDateTime(time));

    private static string Choice(Guid child, DateOnly day) => $"{child:N}_{day:yyyyMMdd}";

    [Fact]
    public async Task A_parent_signals_todays_absence_before_the_towns_time_and_the_agents_sheet_shows_it()
    {
        At(app.Deadline.AddMinutes(-30));
        var parent = await app.DurandAsync();
        var (_, form) = await parent.GetAsync(PageUrl);
        Checkbox(form, Choice(Lyon.Leo, Today)).ShouldNotBeNull("today is open before the town's time");

        var response = await parent.SubmitMainAsync(PageUrl, new Dictionary<string, string>
        {
            ["Saisie.Jours"] = Choice(Lyon.Leo, Today),
            ["Saisie.Motif"] = "Maladie",
        });

        PortalClient.Location(response).ShouldBe(PageUrl);
        var (_, after) = await parent.GetAsync(PageUrl);
        after.QuerySelector(".notice-success")!.TextContent.Trim().ShouldBe($"L'absence de Léo le mardi {Today.Day} septembre est signalée au service.");
        Checkbox(after, Choice(Lyon.Leo, Today)).ShouldBeNull("a day signalled is not offered again");
        var leo = await SheetChildAsync(Today, Lyon.Reservations.FirstService, PresencesTown.SchoolOfDurand, Lyon.Leo);
        leo.SignalledByFamily.ShouldBeTrue();
        leo.Reason.ShouldBe(AbsenceReason.Illness);
        var (_, presences) = await parent.GetAsync("/lyon/presences");
        presences.QuerySelector($"table[data-child='{Lyon.Leo}'] tbody tr")!.QuerySelectorAll("td")[1].TextContent.ShouldContain("(signalée)");
    }

    [Fact]
    public async Task After_the_towns_time_today_is_refused_and_the_page_gives_the_phone_number()
    {
        At(app.Deadline.AddMinutes(30));
        var parent = await app.DurandAsync();
        var (_, form) = await parent.GetAsync(PageUrl);

        Checkbox(form, Choice(Lyon.Jade, Today)).ShouldBeNull("today is closed after the town's time");
        form.QuerySelector("main")!.TextContent.ShouldContain($"Après {app.Deadline.Hour} h {app.Deadline.Minute:00}, appelez le service au {TownPhone}");
        form.QuerySelectorAll("main a[href='tel:0472000000']").ShouldNotBeEmpty();
        Checkbox(form, Choice(Lyon.Jade, Thursday)).ShouldNotBeNull("a later day stays open");

        var response = await parent.SubmitMainAsync(PageUrl, new Dictionary<string, string>
        {
            ["Saisie.Jours"] = Choice(Lyon.Jade, Today),
            ["Saisie.Motif"] = "Maladie",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await response.ReadPageAsync();
        refused.QuerySelector(".notice-error")!.TextContent.ShouldContain($"appelez le service au {TownPhone}");
        (await SheetChildAsync(Today, Lyon.Reservations.FirstService, PresencesTown.SchoolOfDurand, Lyon.Jade)).SignalledByFamily.ShouldBeFalse();
    }

    [Fact]
    public async Task A_child_of_another_family_is_refused_in_a_forged_form_and_by_the_command()
    {
        At(app.Deadline.AddMinutes(-30));
        var parent = await app.DurandAsync();

        var response = await parent.SubmitMainAsync(PageUrl, new Dictionary<string, string>
        {
            ["Saisie.Jours"] = Choice(Lyon.Tom, Thursday),
            ["Saisie.Motif"] = "Maladie",
        });
        var command = await app.SendAsync("lyon", s => s.Send(new SignalAbsenceCommand(
            Lyon.Reservations.Town.Family.FamilyId, Lyon.Reservations.Town.Family.Guardian.UserId, "Marie Durand", Lyon.Tom, Thursday, AbsenceReason.Illness, null)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadPageAsync()).QuerySelector(".notice-error")!.TextContent.ShouldContain("Ce jour ne peut pas être signalé");
        command.IsSuccess.ShouldBeFalse();
        (await SheetChildAsync(Thursday, Lyon.Reservations.FirstService, PresencesTown.SchoolOfRoux, Lyon.Tom)).SignalledByFamily.ShouldBeFalse();
    }

    [Fact]
    public async Task Other_without_a_note_is_refused_and_the_ticked_day_is_kept()
    {
        At(app.Deadline.AddMinutes(-30));
        var parent = await app.DurandAsync();

        var response = await parent.SubmitMainAsync(PageUrl, new Dictionary<string, string>
        {
            ["Saisie.Jours"] = Choice(Lyon.Leo, Thursday),
            ["Saisie.Motif"] = "Autre",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadPageAsync();
        page.QuerySelector(".notice-error")!.TextContent.ShouldContain("Précisez le motif de l'absence.");
        Checkbox(page, Choice(Lyon.Leo, Thursday))!.IsChecked.ShouldBeTrue();
        ((IHtmlInputElement)page.QuerySelector("input[name='Saisie.Motif'][value='Autre']")!).IsChecked.ShouldBeTrue();
        (await SheetChildAsync(Thursday, Lyon.Reservations.FirstService, PresencesTown.SchoolOfDurand, Lyon.Leo)).SignalledByFamily.ShouldBeFalse();
    }

    [Fact]
    public async Task The_form_needs_its_antiforgery_token()
    {
        At(app.Deadline.AddMinutes(-30));
        var parent = await app.DurandAsync();

        var response = await parent.SubmitWithoutTokenAsync(PageUrl, new Dictionary<string, string>
        {
            ["Saisie.Jours"] = Choice(Lyon.Jade, Thursday),
            ["Saisie.Motif"] = "Maladie",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SheetChildAsync(Thursday, Lyon.Reservations.FirstService, PresencesTown.SchoolOfDurand, Lyon.Jade)).SignalledByFamily.ShouldBeFalse();
    }

    private static IHtmlInputElement? Checkbox(IHtmlDocument page, string value) =>
        page.QuerySelectorAll("main input[type=checkbox][name='Saisie.Jours']").OfType<IHtmlInputElement>().SingleOrDefault(i => i.Value == value);

    private async Task<SheetChildDto> SheetChildAsync(DateOnly day, Guid service, string school, Guid child)
    {
        var sheet = await app.SendAsync("lyon", s => s.Send(new GetSheetQuery(day, service, school)));
        sheet.ShouldNotBeNull();
        return sheet.Children.Single(c => c.ChildId == child);
    }
}
