using System.Net;
using AngleSharp.Html.Dom;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Reservations;

/// <summary>
/// Issue #11: in a week whose price changes (<see cref="PriceChangeWeek"/>), each day is charged at that day's
/// price and a day that does not count (a closure, a day the service no longer runs) adds nothing, on the saved
/// page and on a refused form shown again with what the parent ticked: the page's totals are the ones "Valider"
/// then saves, cent for cent.
/// </summary>
public sealed class PriceChangeTotalsTests(PriceChangeTotalsTests.App app) : IClassFixture<PriceChangeTotalsTests.App>
{
    public sealed class App : CantineApp
    {
        public PriceChangeWeek Week { get; private set; } = null!;

        protected override DateTimeOffset StartsAt => PriceChangeWeek.Start;

        protected override async Task SeedAsync() => Week = await PriceChangeWeek.CreateAsync(this, "nantes");
    }

    private static readonly string Url = $"/nantes/reservations?jour={PriceChangeWeek.Monday:yyyy-MM-dd}";

    [Fact]
    public async Task Each_day_is_charged_at_its_price_on_the_page_on_a_refused_form_and_once_saved()
    {
        var town = app.Week.Town;
        using var parent = app.CreatePortalClient();
        await parent.SignInGuardianAsync("nantes", town.Town.Family.Guardian.Login);
        var (monday, tuesday, thursday, friday) = (PriceChangeWeek.Monday, PriceChangeWeek.Tuesday, PriceChangeWeek.Thursday, PriceChangeWeek.Friday);

        // As saved: Léo's Monday at 3,20 €; his Thursday (closed) and Jade's Friday (no evening care) count for nothing.
        var (_, page) = await BookingForm.LoadAsync(parent, Url);
        BookingForm.Row(page, "DURAND Léo", "1er service")[^3..].ShouldBe(["1", "3,20 € / 3,40 €", "3,20 €"]);
        BookingForm.Row(page, "DURAND Jade", "Garderie soir")[^3..].ShouldBe(["0", "1,80 €", "0,00 €"]);
        Figures(page).ShouldBe(SheetFigures.Of(await town.SheetAsync(app, town.Town.Family.FamilyId, monday)));
        Prices(page, town.Leo, town.FirstService).ShouldBe(["320", "340", "", "340"]);
        Prices(page, town.Jade, town.EveningCare).ShouldBe(["180", "180", "", ""]);

        // Ticked across the price change, the two days that do not count still ticked (the page sends them as they are),
        // and a forged box of another family's child: refused, shown again with the ticks.
        string[] ticked =
        [
            BookingForm.Key(town.Leo, town.FirstService, monday), BookingForm.Key(town.Leo, town.FirstService, tuesday),
            BookingForm.Key(town.Leo, town.FirstService, thursday), BookingForm.Key(town.Leo, town.FirstService, friday),
            BookingForm.Key(town.Leo, town.EveningCare, tuesday), BookingForm.Key(town.Jade, town.FirstService, monday),
            BookingForm.Key(town.Jade, town.FirstService, friday), BookingForm.Key(town.Jade, town.EveningCare, friday),
        ];
        var response = await BookingForm.SubmitAsync(parent, page, [.. ticked, BookingForm.Key(town.Tom, town.FirstService, monday)]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = await response.ReadPageAsync();
        refused.Errors().ShouldHaveSingleItem();
        BookingForm.Row(refused, "DURAND Léo", "1er service")[^3..].ShouldBe(["3", "3,20 € / 3,40 €", "10,00 €"]);
        BookingForm.GrandTotal(refused).ShouldBe("18,40 €");

        // "Valider" again without the forged box: the server saves exactly the figures the refused form showed.
        var saved = await BookingForm.SubmitAsync(parent, refused, ticked);
        PortalClient.Location(saved).ShouldBe(Url);
        var sheet = await town.SheetAsync(app, town.Town.Family.FamilyId, monday);
        sheet.GrandTotalCents.ShouldBe(1840);
        Figures(refused).ShouldBe(SheetFigures.Of(sheet));
        var (_, after) = await BookingForm.LoadAsync(parent, Url);
        Figures(after).ShouldBe(SheetFigures.Of(sheet));
    }

    /// <summary>The figures the page shows, as <see cref="SheetFigures"/> writes the saved sheet's.</summary>
    private static List<string> Figures(IHtmlDocument page)
    {
        var lines = new List<string>();
        foreach (var table in page.QuerySelectorAll("table.booking"))
        {
            var name = Html.Text(table.QuerySelector("caption"));
            lines.AddRange(table.QuerySelectorAll("tbody tr").Select(r => SheetFigures.Row(
                name, Html.Text(r.QuerySelector("th")), Html.Text(r.QuerySelector("[data-quantity]")), Html.Text(r.QuerySelector("[data-total]")))));
            lines.Add(SheetFigures.ChildTotal(name, Html.Text(table.QuerySelector("[data-child-total]"))));
        }

        lines.Add(SheetFigures.GrandTotal(BookingForm.GrandTotal(page)));
        return lines;
    }

    /// <summary>Each day's <c>data-price</c> in a row (empty on a day that does not count), for the page's script.</summary>
    private static string?[] Prices(IHtmlDocument page, Guid child, Guid service) =>
        [.. Enumerable.Range(0, 5).Select(d => PriceChangeWeek.Monday.AddDays(d)).Where(d => d.DayOfWeek != DayOfWeek.Wednesday)
            .Select(d => BookingForm.Box(page, BookingForm.Key(child, service, d)).ParentElement!.GetAttribute("data-price"))];
}
